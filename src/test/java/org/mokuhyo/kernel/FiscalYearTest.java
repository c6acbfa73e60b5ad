package org.mokuhyo.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

	@ParameterizedTest
	@CsvSource({ "2024-04-01, 2024", "2024-12-31, 2024", "2025-01-01, 2024", "2025-03-31, 2024", "2025-04-01, 2025",
			"2024-03-31, 2023", "2019-05-01, 2019" })
	void of(LocalDate date, int expected) {
		assertThat(FiscalYear.of(date)).isEqualTo(new FiscalYear(expected));
	}

	@Test
	void bounds() {
		FiscalYear year = new FiscalYear(2024);
		assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
	}

	@Test
	void boundsAroundLeapFebruary() {
		assertThat(new FiscalYear(2023).end()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@ParameterizedTest
	@CsvSource({ "2024-04-01, 1", "2024-06-30, 1", "2024-07-01, 2", "2024-09-30, 2", "2024-10-01, 3",
			"2024-12-31, 3", "2025-01-01, 4", "2025-02-28, 4", "2025-03-31, 4" })
	void quarterOf(LocalDate date, int expected) {
		assertThat(new FiscalYear(2024).quarterOf(date)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2024-03-31", "2025-04-01", "2030-06-01" })
	void quarterOfRejectsOtherYears(LocalDate date) {
		assertThatIllegalArgumentException().isThrownBy(() -> new FiscalYear(2024).quarterOf(date));
	}

	@Test
	void quarterOfRejectsNull() {
		assertThatNullPointerException().isThrownBy(() -> new FiscalYear(2024).quarterOf(null));
	}

	@ParameterizedTest
	@CsvSource({ "2024, 令和6年度", "2019, 令和元年度", "2018, 平成30年度" })
	void label(int year, String expected) {
		assertThat(new FiscalYear(year).label()).isEqualTo(expected);
	}
}
