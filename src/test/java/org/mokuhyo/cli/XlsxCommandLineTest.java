package org.mokuhyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export --format xlsx} and {@code import FILE.xlsx}, in-process on the test's context ({@link VerbRun}):
 * the exported workbook imports as the same sheet, so no new version is made.
 */
@IntegrationTest
class XlsxCommandLineTest {

	@TempDir
	Path dir;

	@Autowired
	ApplicationContext context;

	@Autowired
	SheetStore store;

	@Test
	void exportAsExcelAndImportItBack() throws Exception {
		String department = "CLI表計算部" + java.util.UUID.randomUUID().toString().substring(0, 8);
		ImportOptions toyonaka = new ImportOptions(null, "豊中市", "272035");
		SheetData seed = SheetImporter.standard()
			.parse(SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department).getBytes(StandardCharsets.UTF_8),
					"seed.txt", toyonaka)
			.sheet();
		store.save(seed, List.of(), "seed.txt");
		Path output = dir.resolve("出力.xlsx");

		JarRun export = run(List.of("export", "--department", department, "--fiscal-year", "2024", "--format", "xlsx",
				"--output", output.toString()));

		assertEquals(0, export.exit(), export.err());
		byte[] xlsx = Files.readAllBytes(output);
		assertEquals('P', xlsx[0]);
		JsonMapper json = JsonMapper.builder().build();
		assertEquals(json.writeValueAsString(seed),
				json.writeValueAsString(SheetImporter.standard().parse(xlsx, "x", toyonaka).sheet()));

		JarRun reimport = run(List.of("import", output.toString()));

		assertEquals(0, reimport.exit(), reimport.err());
		assertTrue(reimport.out().contains("DOCUMENT_HEADER"), reimport.out());
		assertTrue(reimport.out().contains("内容に変更がないため保存しませんでした (版 1 のまま"), reimport.out());
	}

	@Test
	void anUnknownFormatOrAnExcelExportWithoutAFileIsAUsageError() throws Exception {
		JarRun unknown = run(List.of("export", "--department", "市民協働部", "--fiscal-year", "2024", "--format", "docx",
				"--output", dir.resolve("x.docx").toString()));
		JarRun toStdout = run(List.of("export", "--department", "市民協働部", "--fiscal-year", "2024", "--format", "xlsx"));

		assertEquals(2, unknown.exit(), unknown.err());
		assertTrue(unknown.err().contains("--format は json、xlsx、pdf のいずれか"), unknown.err());
		assertEquals(2, toStdout.exit(), toStdout.err());
		assertTrue(toStdout.err().contains("--output"), toStdout.err());
	}

	@Test
	void importOfAWordFileNamedXlsxExitsWith1() throws Exception {
		Path word = dir.resolve("sheet.xlsx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(word))) {
			for (String name : List.of("[Content_Types].xml", "word/document.xml")) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			}
		}
		JarRun run = run(List.of("import", word.toString()));

		assertEquals(1, run.exit(), run.err());
		// read as the Word document it names, whatever its name, and found damaged
		assertTrue(run.err().contains("取り込めません [TRUNCATED]: Word 文書（.docx）を読めません"), run.err());
	}

	private JarRun run(List<String> args) {
		return VerbRun.of(context, args);
	}
}
