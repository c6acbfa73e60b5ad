package org.mokuhyo.importer.producers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.browser.ChromiumExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.pdf.PdfFonts;
import org.mokuhyo.pdf.PdfSheetWriter;
import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.SheetData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Import throughput per format (issue 12's benchmark), in one JVM: one sheet read again and again (parse only), and
 * a city's archive of 20 departments × 5 years imported into PostgreSQL, one transaction a sheet. Prints its
 * figures; asserts nothing about time. Run it with the README's command:
 * {@code mvn -B -q test -Dtest=ImportThroughputBenchmark -Dmokuhyo.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "mokuhyo.bench", matches = "true")
class ImportThroughputBenchmark {

	private static final int DEPARTMENTS = 20;

	private static final int YEARS = 5;

	private static final int FIRST_YEAR = 2020;

	private static final int ONE_SHEET_RUNS = 20;

	@Autowired
	ImportService imports;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	/** Each format's producer, as a city's archive holds them. */
	private static Map<String, Function<SheetData, byte[]>> formats() {
		// LibreOffice's print is left out: one soffice run a file makes generating 100 take minutes
		PdfSheetWriter pdf = new PdfSheetWriter(PdfFonts.of(null));
		XlsxSheetWriter xlsx = new XlsxSheetWriter();
		Map<String, Function<SheetData, byte[]>> formats = new LinkedHashMap<>();
		formats.put("text (published, with cell markup)", s -> TabbedText.render(s, true).getBytes(UTF_8));
		formats.put("text (without markup)", s -> TabbedText.render(s, false).getBytes(UTF_8));
		formats.put("xlsx (this application's layout)", xlsx::write);
		formats.put("xlsx (a clerk's workbook)", ClerkWorkbook::xlsx);
		formats.put("docx (a clerk's Word document)", s -> ClerkDocx.render(s, ClerkDocx.Typing.TYPED_LABELS));
		formats.put("pdf (this application's print)", pdf::write);
		formats.put("pdf (a browser's print of the sheet as HTML)", s -> BrowserPrintedPdfTest.print(chromium.browser(), HtmlSheet.html(s)));
		formats.put("text (pdftotext -layout of the print)", s -> PdfToText.layout(s).getBytes(UTF_8));
		formats.put("text (a PDF viewer's copy of the print)", s -> PdfToText.readingOrder(s).getBytes(UTF_8));
		return formats;
	}

	@Test
	void importThroughputPerFormat() {
		List<SheetData> archive = archive();
		System.out.printf("%nImport throughput, %d sheets (%d departments × %d years), %d processors, max heap %d MB%n",
				archive.size(), DEPARTMENTS, YEARS, Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		System.out.printf("%-46s %10s %10s %12s %12s%n", "format", "1 sheet ms", "KB/sheet", "archive s", "sheets/s");
		for (Map.Entry<String, Function<SheetData, byte[]>> format : formats().entrySet()) {
			List<byte[]> files = archive.stream().map(format.getValue()).toList();
			double oneSheet = oneSheetMillis(files.get(0));
			String municipality = "ベンチ市" + UUID.randomUUID().toString().substring(0, 8);
			long start = System.nanoTime();
			for (int i = 0; i < files.size(); i++) {
				imports.importSheet(files.get(i), "archive-" + i, new ImportOptions(null, municipality, null),
						ImportPermission.ANYONE, ImportAuthor.COMMAND_LINE);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long kb = files.stream().mapToLong(f -> f.length).sum() / files.size() / 1024;
			System.out.printf("%-46s %10.1f %10d %12.1f %12.1f%n", format.getKey(), oneSheet, kb, seconds,
					files.size() / seconds);
		}
	}

	/** The median of parsing one file again and again, after as many runs to warm up. */
	private static double oneSheetMillis(byte[] file) {
		SheetImporter importer = SheetImporter.standard();
		ImportOptions options = new ImportOptions(null, "ベンチ市", null);
		for (int i = 0; i < ONE_SHEET_RUNS; i++) {
			importer.parse(file, "warm-up", options);
		}
		double[] millis = new double[ONE_SHEET_RUNS];
		for (int i = 0; i < ONE_SHEET_RUNS; i++) {
			long start = System.nanoTime();
			importer.parse(file, "one", options);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[ONE_SHEET_RUNS / 2];
	}

	/** The sample as every department's sheet of every year. */
	private static List<SheetData> archive() {
		SheetData seed = ProducerCorpus.seed();
		List<SheetData> sheets = new ArrayList<>();
		for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
			for (int d = 1; d <= DEPARTMENTS; d++) {
				sheets.add(new SheetData(null, null, seed.municipality(), seed.municipalityCode(), year,
						Era.fiscalYearLabel(year), new Department("ベンチ部" + d, "部長", "氏名 " + d), seed.missions(),
						seed.policy(), seed.annualGoals(), seed.midTermGoals()));
			}
		}
		return sheets;
	}
}
