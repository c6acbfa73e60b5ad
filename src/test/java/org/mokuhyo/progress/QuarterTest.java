package org.mokuhyo.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuarterTest {

	@Test
	void quartersOfTheFiscalYearStartInApril() {
		assertThat(Quarter.of(LocalDate.of(2024, 4, 1))).isEqualTo(new Quarter(2024, 1));
		assertThat(Quarter.of(LocalDate.of(2024, 6, 30))).isEqualTo(new Quarter(2024, 1));
		assertThat(Quarter.of(LocalDate.of(2024, 7, 1))).isEqualTo(new Quarter(2024, 2));
		assertThat(Quarter.of(LocalDate.of(2024, 12, 31))).isEqualTo(new Quarter(2024, 3));
		assertThat(Quarter.of(LocalDate.of(2025, 1, 1))).as("January belongs to the fiscal year before")
			.isEqualTo(new Quarter(2024, 4));
		assertThat(Quarter.of(LocalDate.of(2025, 3, 31))).isEqualTo(new Quarter(2024, 4));
	}

	@Test
	void spansDueDatesAndLabels() {
		Quarter q4 = new Quarter(2024, 4);
		assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(q4.end()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(q4.dueDate()).isEqualTo(LocalDate.of(2025, 4, 10));
		assertThat(new Quarter(2024, 1).dueDate()).isEqualTo(LocalDate.of(2024, 7, 10));
		assertThat(new Quarter(2024, 2).end()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(new Quarter(2024, 1).label()).isEqualTo("第1四半期（4月〜6月）");
		assertThat(q4.label()).isEqualTo("第4四半期（1月〜3月）");
		assertThat(new Quarter(2024, 1).previous()).isEqualTo(new Quarter(2023, 4));
		assertThat(new Quarter(2024, 3).previous()).isEqualTo(new Quarter(2024, 2));
		assertThatThrownBy(() -> new Quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
	}
}
