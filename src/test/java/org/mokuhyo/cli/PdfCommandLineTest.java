package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@code export --format pdf} and {@code import FILE.pdf}, in-process on the test's context; without a font (a
 * separate {@code java} process configured with a missing one, on the test's PostgreSQL), exit status 1 with the apt-get hint and no file.
 */
@IntegrationTest
class PdfCommandLineTest {

	@TempDir
	Path dir;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Autowired
	SheetStore store;

	@Test
	void exportAsPdfAndImportThatPdfBack() throws Exception {
		String department = WebTestSupport.unique("CLI印刷部");
		Path text = Files.writeString(dir.resolve("seed.txt"),
				SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department), StandardCharsets.UTF_8);
		assertThat(run(List.of(), List.of("import", text.toString())).exit()).isZero();
		SheetData original = store.find(SampleSheets.MUNICIPALITY, department, 2024).orElseThrow();
		Path pdf = dir.resolve("目標.pdf");

		JarRun export = run(List.of(), List.of("export", "--department", department, "--fiscal-year", "2024", "--format",
				"pdf", "--output", pdf.toString()));

		assertThat(export.exit()).as(export.err()).isZero();
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			assertThat(new PDFTextStripper().getText(document)).contains(department, "地域コミュニティの活性化及び地域連携の推進");
		}

		// the same sheet's PDF imported (recognised by its content, whatever its name): nothing changed
		Path renamed = Files.copy(pdf, dir.resolve("sheet.bin"));
		JarRun reimport = run(List.of(), List.of("import", renamed.toString()));
		assertThat(reimport.exit()).as(reimport.err()).isZero();
		assertThat(reimport.out()).contains("内容に変更がないため保存しませんでした");
		assertThat(store.find(original.id()).orElseThrow().version()).isEqualTo(original.version());
	}

	@Test
	void withoutAFontExportExitsWith1WithTheHintAndWritesNoFile() throws Exception {
		String department = WebTestSupport.unique("CLI字形なし部");
		store.save(SampleSheets.full(department, 2024), List.of(), "f.txt");
		Path pdf = dir.resolve("none.pdf");

		JarRun run = run(List.of("-Dmokuhyo.pdf.font=/nonexistent/font.ttf"), List.of("export", "--department", department,
				"--fiscal-year", "2024", "--format", "pdf", "--output", pdf.toString()));

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains("PDF を作成できません", "sudo apt-get install -y fonts-ipaexfont");
		assertThat(pdf).doesNotExist();
		assertThat(run(List.of(), List.of("export", "--department", department, "--fiscal-year", "2024", "--format",
				"docx")).exit()).isEqualTo(2);
		assertThat(run(List.of(), List.of("export", "--department", department, "--fiscal-year", "2024", "--format",
				"pdf")).exit()).isEqualTo(2);
	}

	/** In-process on the test's context; with JVM options (a configuration of its own) as a separate process. */
	private JarRun run(List<String> jvmOptions, List<String> args) throws Exception {
		if (jvmOptions.isEmpty()) {
			return VerbRun.of(context, args);
		}
		List<String> options = new ArrayList<>(JarRun.database(dataSource));
		options.addAll(jvmOptions);
		return JarRun.of(dir, options, args);
	}
}
