package org.mokuhyo.importer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.producers.ClerkDocx;
import org.mokuhyo.importer.producers.ClerkWorkbook;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.pdf.PdfFonts;
import org.mokuhyo.pdf.PdfSheetWriter;
import org.mokuhyo.sheet.SheetData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A malformed PDF, .xlsx or .docx is the input's fault: the HTTP import refuses it with its code, and the console
 * gets at most a line about it, never a library's stack trace (PDFBox and POI log through commons-logging and
 * log4j-api into logback, quieted for their parsing packages in application.properties).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedFilesLogTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void malformedFilesAreRefusedWithoutAStackTrace(CapturedOutput output) throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		SheetData sheet = SheetImporter.standard().parse(SeedFixture.bytes(), "seed.txt", ImportOptions.none()).sheet();
		byte[] pdf = new PdfSheetWriter(PdfFonts.of(null)).write(sheet);
		byte[] xlsx = ClerkWorkbook.xlsx(sheet);
		byte[] docx = ClerkDocx.render(sheet, ClerkDocx.Typing.TYPED_LABELS);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("damaged.pdf", damagedPdf());
		files.put("half.pdf", Arrays.copyOf(pdf, pdf.length / 2));
		files.put("cyclic.pdf", cyclicPageTree());
		files.put("broken-xref.pdf", brokenXref(pdf));
		files.put("half.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
		files.put("garbage.xlsx", zip(Map.of("[Content_Types].xml", "<Types", "xl/workbook.xml", "<<not xml")));
		files.put("half.docx", Arrays.copyOf(docx, docx.length / 2));
		files.put("garbage.docx", zip(Map.of("[Content_Types].xml", "<Types", "word/document.xml", "<w:document")));
		int before = output.getAll().length();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			HttpResponse<String> response = upload(users.admin().basic(), file.getKey(), file.getValue());
			assertThat(response.statusCode()).as(file.getKey() + ": " + response.body()).isBetween(400, 499);
			assertThat(json.readTree(response.body()).get("code").asString()).as(file.getKey()).isNotBlank();
		}
		String logged = output.getAll().substring(before);
		assertThat(logged.lines().filter(line -> line.startsWith("\tat ") || line.matches("^\\s+at .*")))
			.as(logged).isEmpty();
		assertThat(logged).as(logged).doesNotContainPattern("org\\.apache\\.(pdfbox|poi|fontbox|xmlbeans)\\S*Exception");
		assertThat(logged).as(logged).doesNotContain("Caused by:");
	}

	private HttpResponse<String> upload(String basic, String name, byte[] content) throws Exception {
		Multipart form = new Multipart().file("file", name, content).field("municipality", "豊中市");
		HttpRequest post = HttpRequest
			.newBuilder(form.post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")), (n, v) -> true)
			.header("Authorization", basic)
			.build();
		return http.send(post, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] damagedPdf() {
		byte[] bytes = new byte[4096];
		new Random(8).nextBytes(bytes);
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	/** A page tree whose only kid is the tree itself. */
	private static byte[] cyclicPageTree() {
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
				+ "3 0 obj << /Type /Pages /Kids [2 0 R] /Parent 2 0 R /Count 1 >> endobj\n";
		String trailer = "trailer << /Root 1 0 R /Size 4 >>\n%%EOF\n";
		return (body + trailer).getBytes(StandardCharsets.US_ASCII);
	}

	/** The sheet's PDF with its cross-reference offsets pointing nowhere. */
	private static byte[] brokenXref(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int startxref = text.lastIndexOf("startxref");
		if (startxref < 0) {
			return Arrays.copyOf(pdf, pdf.length - 10);
		}
		String broken = text.substring(0, startxref) + "startxref\n99999999\n%%EOF\n";
		// and its objects' bodies cut: the reader must fall back to scanning and find little
		return (broken.substring(0, 200) + "\n" + broken.substring(broken.length() - 40))
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] zip(Map<String, String> parts) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
