package org.mokuhyo.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EraTest {

	@ParameterizedTest
	@CsvSource({ "令和, 1, 2019", "令和, 6, 2024", "令和, 7, 2025", "平成, 1, 1989", "平成, 30, 2018", "平成, 31, 2019",
			"平成, 32, 2020", "昭和, 1, 1926", "昭和, 64, 1989" })
	void toWestern(String era, int year, int expected) {
		assertThat(Era.toWestern(era, year)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "令和, 0", "令和, -1", "大正, 5", "明治, 1", "R, 6", "'', 1" })
	void toWesternRejects(String era, int year) {
		assertThatIllegalArgumentException().isThrownBy(() -> Era.toWestern(era, year));
	}

	@Test
	void toWesternRejectsNullEra() {
		assertThatIllegalArgumentException().isThrownBy(() -> Era.toWestern(null, 1));
	}

	@ParameterizedTest
	@CsvSource({ "令和6年, 2024", "令和６年度, 2024", "令和６年度（２０２４年度）, 2024", "平成31年, 2019", "令和元年, 2019",
			"令和元年度, 2019", "平成元年, 1989", "昭和64年, 1989", "令和 7 年度, 2025", "部局長の目標（令和7年度）, 2025",
			"令和6年度から令和9年度, 2024", "令和0年と令和3年, 2021", "㍻30年, 2018" })
	void parseYear(String text, int expected) {
		assertThat(Era.parseYear(text)).hasValue(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "2024年度", "令和", "令和年度", "大正5年", "令和0年", "平成三十年", "11月" })
	void parseYearFindsNothing(String text) {
		assertThat(Era.parseYear(text)).isEqualTo(OptionalInt.empty());
	}

	@ParameterizedTest
	@CsvSource({ "2024, 令和6年", "2025, 令和7年", "2020, 令和2年", "2019, 令和元年", "2018, 平成30年", "1990, 平成2年",
			"1989, 平成元年", "1988, 昭和63年", "1926, 昭和元年" })
	void eraYear(int year, String expected) {
		assertThat(Era.eraYear(year)).isEqualTo(expected);
	}

	@Test
	void eraYearRejectsYearsBeforeShowa() {
		assertThatIllegalArgumentException().isThrownBy(() -> Era.eraYear(1925));
	}

	@ParameterizedTest
	@CsvSource({ "2024, 令和6年度, 令和6年度(2024年度)", "2019, 令和元年度, 令和元年度(2019年度)",
			"2018, 平成30年度, 平成30年度(2018年度)", "2027, 令和9年度, 令和9年度(2027年度)" })
	void fiscalYearLabels(int year, String label, String withWestern) {
		assertThat(Era.fiscalYearLabel(year)).isEqualTo(label);
		assertThat(FiscalYearLabels.workbook(year)).isEqualTo(withWestern);
	}

	@Test
	void namesNewestFirst() {
		assertThat(Era.names()).containsExactly("令和", "平成", "昭和");
	}

	@Test
	void aDayIsNamedByTheEraOfThatDay() {
		org.junit.jupiter.api.Assertions.assertEquals("令和6年4月1日（2024年4月1日）",
				Era.dateLabel(java.time.LocalDate.of(2024, 4, 1)));
		org.junit.jupiter.api.Assertions.assertEquals("平成31年4月30日（2019年4月30日）",
				Era.dateLabel(java.time.LocalDate.of(2019, 4, 30)));
		org.junit.jupiter.api.Assertions.assertEquals("令和元年5月1日（2019年5月1日）",
				Era.dateLabel(java.time.LocalDate.of(2019, 5, 1)));
		org.junit.jupiter.api.Assertions.assertEquals("平成元年1月8日（1989年1月8日）",
				Era.dateLabel(java.time.LocalDate.of(1989, 1, 8)));
	}
}
