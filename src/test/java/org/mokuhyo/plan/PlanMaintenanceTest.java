package org.mokuhyo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanMaintenanceTest {

	@ParameterizedTest
	@CsvSource({ "45, 45", "４５, 45", "' 7 ', 7", "9999, 9999", "0045, 45" })
	void aPolicyNumberMayBeTypedInFullWidth(String typed, int number) {
		assertThat(PlanMaintenance.policyNumber(typed)).isEqualTo(number);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "0", "-1", "10000", "4.5", "四十五", "45番" })
	void otherNumbersAreRefusedAsInvalid(String typed) {
		assertThatThrownBy(() -> PlanMaintenance.policyNumber(typed)).isInstanceOfSatisfying(
				PlanChangeRefusedException.class, ex -> {
					assertThat(ex.reason()).isEqualTo(PlanChangeRefusedException.Reason.INVALID);
					assertThat(ex.field()).isEqualTo("number");
					assertThat(ex.getMessage()).contains("1から9999までの数字");
				});
	}
}
