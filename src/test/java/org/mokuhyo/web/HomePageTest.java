package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportReport;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The list of sheets and the upload form: grouping by fiscal year, the empty state, post/redirect/get with a flash
 * message, and the refusals (422 for a file the importer rejects or an empty one, 400 for no file), with the
 * importer stubbed and an in-memory store.
 */
class HomePageTest {

	private final InMemorySheetStore store = new InMemorySheetStore();

	private final ImportService importService = Mockito.mock(ImportService.class);

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = WebTestSupport.mockMvc(store, importService);
	}

	private Document render(RequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void emptyStateAndAWorkingUploadForm() throws Exception {
		Document doc = render(get("/"), 200);
		SheetPageTest.writePreview("index-empty.html", doc);

		assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
		assertThat(doc.select("h1")).hasSize(1);
		assertThat(doc.select(".empty-state").text()).contains("まだシートがありません");
		assertThat(doc.select(".year-group")).isEmpty();

		Element form = doc.selectFirst("form.import-form");
		assertThat(form.attr("action")).isEqualTo("/import");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(form.selectFirst("input[type=file]").attr("name")).isEqualTo("file");
		assertThat(form.selectFirst("input[name=fiscalYear]").attr("type")).isEqualTo("number");
		assertThat(form.select("input[name=municipality]")).hasSize(1);
		for (Element input : doc.select("input")) {
			assertThat(doc.select("label[for=" + input.id() + "]")).as("label of " + input.attr("name")).hasSize(1);
		}
		assertThat(form.text()).contains("空欄の場合は「豊中市」として取り込みます。");
		assertThat(doc.select("[role=alert]")).isEmpty();
	}

	@Test
	void listsSheetsByFiscalYearNewestFirst() throws Exception {
		store.save(SampleSheets.shimin(), SampleSheets.warnings(), "a.txt");
		SavedSheet older = store.save(SampleSheets.other("環境部", 2023, "令和5年度"), List.of(), "b.txt");
		store.save(SampleSheets.other("都市計画推進部", 2024, null), List.of(), "c.txt");

		Document doc = render(get("/"), 200);
		SheetPageTest.writePreview("index.html", doc);

		assertThat(doc.select(".year-group h3").eachText()).containsExactly("令和6年度（2024年度）", "令和5年度（2023年度）");
		Element year2024 = doc.select(".year-group").get(0);
		assertThat(year2024.select("tbody tr")).hasSize(2);
		Element shimin = year2024.select("tbody tr").stream()
			.filter(tr -> tr.text().contains("市民協働部"))
			.findFirst()
			.orElseThrow();
		assertThat(shimin.selectFirst("a").attr("href")).isEqualTo("/sheets/" + SampleSheets.ID);
		assertThat(shimin.select("td").eachText()).containsExactly("豊中市", "第1版", "2件", "1件", "2件");
		assertThat(doc.select(".year-group").get(1).selectFirst("a").attr("href"))
			.isEqualTo("/sheets/" + older.id());
		assertThat(doc.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
		assertThat(doc.select(".empty-state")).isEmpty();
	}

	@Test
	void filtersByFiscalYearAndDepartment() throws Exception {
		store.save(SampleSheets.shimin(), List.of(), "a.txt");
		store.save(SampleSheets.other("環境部", 2023, "令和5年度"), List.of(), "b.txt");

		Document doc = render(get("/").param("fiscalYear", "2023").param("department", " 環境部 "), 200);

		assertThat(store.listCalls.get(store.listCalls.size() - 1)).containsExactly(2023, "環境部");
		assertThat(doc.select(".year-group h3").eachText()).containsExactly("令和5年度（2023年度）");
		assertThat(doc.selectFirst("#filter-fiscalYear").val()).isEqualTo("2023");
		assertThat(doc.selectFirst("#filter-department").val()).isEqualTo("環境部");

		Document none = render(get("/").param("fiscalYear", "2030"), 200);
		assertThat(none.select(".empty-state").text()).contains("条件に合うシートはありません");

		Document bad = render(get("/").param("fiscalYear", "令和六年"), 400);
		assertThat(bad.select("[role=alert]").text()).contains("西暦の4桁");
	}

	@Test
	void storedImportRedirectsToTheSheetWithAFlashMessage() throws Exception {
		when(importService.importSheet(any(), anyString(), any())).thenAnswer(call -> {
			SheetData sheet = SampleSheets.shimin();
			SavedSheet saved = store.save(sheet, SampleSheets.warnings(), call.getArgument(1));
			return new ImportOutcome(saved.id(), saved.version(), saved.replaced(), saved.changed(),
					ImportReport.of(sheet, "PARAMETER", null, SampleSheets.warnings()));
		});
		byte[] content = "部局\t市民協働部".getBytes(StandardCharsets.UTF_8);

		MvcResult result = mvc.perform(multipart("/import")
			.file(new MockMultipartFile("file", "seed.txt", "text/plain", content))
			.param("fiscalYear", "2024")
			.param("municipality", "豊中市")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sheets/" + SampleSheets.ID);
		String message = (String) result.getFlashMap().get("importMessage");
		assertThat(message).isEqualTo("取り込みました（目標2件・取組み事項5件・行動10件・中期目標1件・注意2件）。");

		ArgumentCaptor<ImportOptions> options = ArgumentCaptor.forClass(ImportOptions.class);
		verify(importService).importSheet(eq(content), eq("seed.txt"), options.capture());
		assertThat(options.getValue()).isEqualTo(new ImportOptions(2024, "豊中市", null));

		Document sheet = render(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap()), 200);
		assertThat(sheet.select("[role=status]").text()).contains(message).contains("取込み時の注意を確認する");
	}

	@Test
	void blankOptionalFieldsAreLeftToTheImporter() throws Exception {
		UUID id = UUID.randomUUID();
		when(importService.importSheet(any(), anyString(), any())).thenReturn(new ImportOutcome(id, 2, true, true,
				ImportReport.of(SampleSheets.shimin(), "MID_TERM_SCHEDULE", null, List.of())));

		MvcResult result = mvc.perform(multipart("/import")
			.file(new MockMultipartFile("file", "seed.txt", "text/plain", new byte[] { 'x' }))
			.param("fiscalYear", "")
			.param("municipality", "  ")).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sheets/" + id);
		assertThat((String) result.getFlashMap().get("importMessage")).endsWith("注意0件）。同じ部局・年度のシートを第2版として更新しました。");
		verify(importService).importSheet(any(), eq("seed.txt"), eq(new ImportOptions(null, null, null)));
	}

	@Test
	void rejectedImportShowsTheReasonWith422AndStoresNothing() throws Exception {
		when(importService.importSheet(any(), anyString(), any()))
			.thenThrow(new ImportRejectedException("NOT_A_SHEET", "部局長の目標のシートではないようです。"));

		Document doc = render(multipart("/import")
			.file(new MockMultipartFile("file", "memo.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
			.param("fiscalYear", "2024")
			.param("municipality", "吹田市"), 422);
		SheetPageTest.writePreview("index-error.html", doc);

		Element alert = doc.selectFirst("#import-error[role=alert]");
		assertThat(alert.text()).contains("取り込めませんでした").contains("部局長の目標のシートではないようです。");
		assertThat(doc.selectFirst("#import-fiscalYear").val()).isEqualTo("2024");
		assertThat(doc.selectFirst("#import-municipality").val()).isEqualTo("吹田市");
		assertThat(doc.selectFirst("#import-file").attr("aria-invalid")).isEqualTo("true");
		assertThat(doc.selectFirst("#import-file").attr("aria-describedby")).contains("import-error");
		assertThat(store.list(null, null)).isEmpty();
		assertThat(doc.select(".empty-state")).isNotEmpty();
	}

	@Test
	void missingFileIs400AndEmptyFileIs422WithoutCallingTheImporter() throws Exception {
		Document missing = render(multipart("/import").param("fiscalYear", "2024"), 400);
		assertThat(missing.selectFirst("[role=alert]").text()).contains("取り込むファイルを選択してください。");

		Document noSelection = render(multipart("/import").file(new MockMultipartFile("file", "", null, new byte[0])),
				400);
		assertThat(noSelection.selectFirst("[role=alert]").text()).contains("取り込むファイルを選択してください。");

		Document notMultipart = render(post("/import").param("fiscalYear", "2024"), 400);
		assertThat(notMultipart.selectFirst("[role=alert]").text()).contains("取り込むファイルを選択してください。");

		Document empty = render(multipart("/import").file(new MockMultipartFile("file", "empty.txt", "text/plain",
				new byte[0])), 422);
		assertThat(empty.selectFirst("[role=alert]").text()).contains("empty.txt").contains("空です");

		Document badYear = render(multipart("/import")
			.file(new MockMultipartFile("file", "seed.txt", "text/plain", new byte[] { 'x' }))
			.param("fiscalYear", "1800"), 400);
		assertThat(badYear.selectFirst("[role=alert]").text()).contains("1989から2100まで");

		verify(importService, never()).importSheet(any(), any(), any());
	}

	@Test
	void uploadOverTheMultipartLimitShowsTheFormAgainFor413() throws Exception {
		// in a running server the multipart resolver throws this before any controller; here the importer does
		when(importService.importSheet(any(), anyString(), any()))
			.thenThrow(new MaxUploadSizeExceededException(20L * 1024 * 1024));
		MockMultipartFile file = new MockMultipartFile("file", "big.txt", "text/plain", new byte[] { 'x' });

		Document doc = render(multipart("/import").file(file).accept(MediaType.TEXT_HTML), 413);
		assertThat(doc.selectFirst("#import-error[role=alert]").text()).contains("ファイルが大きすぎる")
			.contains("10MBまで");
		assertThat(doc.select("h1")).hasSize(1);

		MvcResult json = mvc.perform(multipart("/import").file(file).accept(MediaType.APPLICATION_JSON)).andReturn();
		assertThat(json.getResponse().getStatus()).isEqualTo(413);
		assertThat(json.getResponse().getContentAsString()).doesNotContain("<html");
	}

	@Test
	void fullWidthYearDigitsAreAccepted() {
		assertThat(HomeController.parseYear("２０２４")).isEqualTo(2024);
		assertThat(HomeController.parseYear(" ")).isNull();
	}
}
