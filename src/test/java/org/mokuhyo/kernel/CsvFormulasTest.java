package org.mokuhyo.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormulasTest {

	@Test
	void aCellAFormulaWouldStartIsDefusedAndNothingElseChanges() {
		assertThat(CsvFormulas.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(CsvFormulas.defuse("+1")).isEqualTo("'+1");
		assertThat(CsvFormulas.defuse("-1")).isEqualTo("'-1");
		assertThat(CsvFormulas.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvFormulas.defuse("市民協働部 = 1")).isEqualTo("市民協働部 = 1");
		assertThat(CsvFormulas.defuse("")).isEmpty();
		assertThat(CsvFormulas.defuse(null)).isNull();
	}
}
