package org.mokuhyo.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiscalYearLabelsTest {

	@Test
	void englishNamesTheWesternYearThenTheEraYear() {
		assertThat(FiscalYearLabels.english(2024)).isEqualTo("FY2024 (Reiwa 6)");
		assertThat(FiscalYearLabels.english(2019)).as("the first year of an era is its year 1").isEqualTo("FY2019 (Reiwa 1)");
		assertThat(FiscalYearLabels.english(2018)).isEqualTo("FY2018 (Heisei 30)");
		assertThat(FiscalYearLabels.english(1989)).isEqualTo("FY1989 (Heisei 1)");
		assertThat(FiscalYearLabels.english(1988)).isEqualTo("FY1988 (Showa 63)");
		assertThat(FiscalYearLabels.english(1925)).as("before the eras Era knows").isEqualTo("FY1925");
	}

	@Test
	void japaneseUnchanged() {
		assertThat(FiscalYearLabels.display(2024)).isEqualTo("令和6年度（2024年度）");
	}
}
