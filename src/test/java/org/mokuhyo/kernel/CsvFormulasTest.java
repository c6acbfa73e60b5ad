package org.mokuhyo.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormulasTest {

	@Test
	void aCellAFormulaWouldStartIsDefusedAndNothingElseChanges() {
		assertThat(CsvFormulas.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(CsvFormulas.defuse("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
		assertThat(CsvFormulas.defuse("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvFormulas.defuse("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvFormulas.defuse("-1")).as("a number is no formula").isEqualTo("-1");
		assertThat(CsvFormulas.defuse("+2.5")).isEqualTo("+2.5");
		assertThat(CsvFormulas.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvFormulas.defuse("市民協働部 = 1")).isEqualTo("市民協働部 = 1");
		assertThat(CsvFormulas.defuse("")).isEmpty();
		assertThat(CsvFormulas.defuse(null)).isNull();
	}
}
