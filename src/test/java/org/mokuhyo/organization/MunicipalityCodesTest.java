package org.mokuhyo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The check digit of 全国地方公共団体コード, against codes as the Ministry publishes them. */
class MunicipalityCodesTest {

	@Test
	void publishedCodesCarryTheirCheckDigit() {
		for (String code : new String[] { "272035", "131016", "271004", "011002", "010006", "141003", "472018" }) {
			assertThat(MunicipalityCodes.normalize(code)).isEqualTo(code);
		}
	}

	@Test
	void fiveDigitsGetTheirCheckDigitAndFullWidthDigitsAreRead() {
		assertThat(MunicipalityCodes.normalize("27203")).isEqualTo("272035");
		assertThat(MunicipalityCodes.normalize(" ２７２０３５ ")).isEqualTo("272035");
	}

	@Test
	void remaindersZeroAndOneGiveOneAndZero() {
		// 0,0,0,1,1: 3 + 2 = 5 → 6; 0,0,1,2,1: 4 + 6 + 2 = 12, remainder 1 → 0
		assertThat(MunicipalityCodes.checkDigit("00011")).isEqualTo(6);
		assertThat(MunicipalityCodes.checkDigit("00121")).isZero();
		// 0,0,2,1,0: 8 + 3 = 11, remainder 0 → 1
		assertThat(MunicipalityCodes.checkDigit("00210")).isEqualTo(1);
	}

	@Test
	void aMistypedDigitOrAnythingElseIsRefusedInJapanese() {
		assertThatThrownBy(() -> MunicipalityCodes.normalize("272036")).hasMessageContaining("検査数字が合いません")
			.hasMessageContaining("27203 の検査数字は 5");
		assertThatThrownBy(() -> MunicipalityCodes.normalize("豊中市")).hasMessageContaining("6桁の数字");
		assertThatThrownBy(() -> MunicipalityCodes.normalize(null)).hasMessageContaining("6桁の数字");
		assertThatThrownBy(() -> MunicipalityCodes.normalize("2720351")).hasMessageContaining("6桁の数字");
	}
}
