package org.mokuhyo.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;

class ScratchRender {
	@Test
	void render() throws Exception {
		var opts = new ImportOptions(null, "豊中市", "272035");
		var sheet = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", opts).sheet();
		byte[] pdf = new PdfSheetWriter(PdfFonts.of(null)).write(sheet);
		Files.write(Path.of("/tmp/seed.pdf"), pdf);
		var back = SheetImporter.standard().parse(pdf, "seed.pdf", opts);
		back.report().warnings().forEach(w -> System.out.println("WARN " + w));
		SheetDifferences.between(sheet, back.sheet()).forEach(d -> System.out.println("DIFF " + d));
		var full = org.mokuhyo.SampleSheets.full("市民協働部", 2024);
		byte[] pdf2 = new PdfSheetWriter(PdfFonts.of(null)).write(full);
		Files.write(Path.of("/tmp/full.pdf"), pdf2);
		var back2 = SheetImporter.standard().parse(pdf2, "full.pdf", opts);
		back2.report().warnings().forEach(w -> System.out.println("WARN2 " + w));
		SheetDifferences.between(full, back2.sheet()).forEach(d -> System.out.println("DIFF2 " + d));
	}
}
