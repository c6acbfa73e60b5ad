package org.mokuhyo.sheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearLabelsTest {

	@ParameterizedTest
	@CsvSource({ "2024, 令和6年度", "2019, 令和元年度", "2020, 令和2年度", "2018, 平成30年度", "1989, 平成元年度",
			"1988, 昭和63年度" })
	void namesTheFiscalYearInItsEra(int fiscalYear, String label) {
		assertEquals(label, FiscalYearLabels.of(fiscalYear));
	}
}
