package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetWarning;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export → import gives the sheet back: the seed as the text import read it, and hand-built sheets.
 */
class XlsxRoundTripTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ImportOptions TOYONAKA = new ImportOptions(null, "豊中市", "272035");

	static SheetData seed() {
		return SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", TOYONAKA).sheet();
	}

	static ImportResult reimport(SheetData sheet) {
		byte[] xlsx = new XlsxSheetWriter().write(sheet);
		return SheetImporter.standard().parse(xlsx, "export.bin", TOYONAKA);
	}

	static String json(SheetData sheet) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sheet);
	}

	@Test
	void theSeedComesBackIdentical() {
		SheetData seed = seed();
		ImportResult back = reimport(seed);
		assertThat(json(back.sheet())).isEqualTo(json(seed));
		assertThat(back.report().warnings()).extracting(SheetWarning::code).doesNotContain("UNPLACED_TEXT");
	}

	@Test
	void handBuiltSheetsComeBackAsTheyReadThemselves() {
		SheetData full = SampleSheets.full("市民協働部", 2024);
		SheetData once = reimport(full).sheet();
		assertThat(json(reimport(once).sheet())).isEqualTo(json(once));
		assertThat(once.annualGoals()).hasSize(3);
	}
}
