package org.mokuhyo.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.importer.producers.SheetDifferences;

/**
 * Sheet → PDF → import → the same sheet: on the seed and on variants (year-end reviews, a goal running over pages,
 * full-width digits), and on the hand-built sample with its differences named one by one. The PDF itself: A4
 * landscape, the Japanese font embedded, its text the sheet's.
 */
class PdfRoundTripTest {

	private static List<String> roundTrip(SheetData sheet) {
		ImportResult back = PdfTestSheets.parse(PdfTestSheets.pdf(sheet), "sheet.pdf");
		assertThat(back.report().warnings()).isEmpty();
		return SheetDifferences.between(sheet, back.sheet());
	}

	@Test
	void theSeedComesBackIdentical() {
		SheetData seed = PdfTestSheets.seed();
		ImportResult back = PdfTestSheets.parse(PdfTestSheets.pdf(seed), "seed.pdf");

		assertThat(back.report().warnings()).isEmpty();
		assertThat(SheetDifferences.between(seed, back.sheet())).isEmpty();
		assertThat(back.sheet()).isEqualTo(seed);
		// the print's header names the year (令和6年度（2024年度）), which the importer reads before the schedule
		assertThat(back.report().fiscalYearSource()).isEqualTo("DOCUMENT_HEADER");
	}

	@Test
	void aReviewedSheetComesBackIdentical() {
		SheetData reviewed = PdfTestSheets.reviewed(PdfTestSheets.seed());

		assertThat(roundTrip(reviewed)).isEmpty();
	}

	@Test
	void aGoalRunningOverPagesComesBackIdentical() throws Exception {
		SheetData sheet = PdfTestSheets.long_(PdfTestSheets.seed());
		byte[] pdf = PdfTestSheets.pdf(sheet);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// the goal's row is cut: its header is drawn again on the pages it runs over
			String text = new PDFTextStripper().getText(document);
			int headers = text.split("取組み事項及びその内容・スケジュール", -1).length - 1;
			assertThat(headers).isGreaterThan(sheet.annualGoals().size());
		}

		assertThat(roundTrip(sheet)).isEmpty();
	}

	@Test
	void theFullWidthVariantComesBackIdentical() {
		String fullWidth = SeedFixture.text().chars()
			.mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c))
			.collect(Collectors.joining());
		SheetData sheet = PdfTestSheets.parse(fullWidth.getBytes(StandardCharsets.UTF_8), "zenkaku.txt").sheet();

		assertThat(roundTrip(sheet)).isEmpty();
	}

	/**
	 * The hand-built sample holds what no import gives (a target its wording does not name, a schedule its wording
	 * contradicts, no review at all): the PDF prints what it holds, and reading the print gives what an import of
	 * those words gives. These are all the differences.
	 */
	@Test
	void theHandBuiltSampleDiffersOnlyWhereItsDataIsNotWhatItsWordsSay() {
		SheetData sample = SampleSheets.full("市民協働部", 2024);
		ImportResult back = PdfTestSheets.parse(PdfTestSheets.pdf(sample), "sample.pdf");

		assertThat(SheetDifferences.between(sample, back.sheet())).containsExactly(
				// the label is derived: an import always names it
				"fiscalYearLabel: null ≠ \"令和6年度\"",
				// targets not in the wording are printed after it, and so read back as part of it
				"annualGoals[0].items[0].actions[1].text: \"出前講座等の実施\" ≠ \"出前講座等の実施 参加者数4,000人 達成率12.50%\"",
				"annualGoals[0].items[0].actions[1].subItems[0].text: \"高校生世代向け講座\" ≠ \"高校生世代向け講座 10,000人/年\"",
				// 通年実施 names a schedule the sample leaves out; 4月以降 runs to March when read
				"annualGoals[0].items[1].actions[0].schedule: null ≠ Schedule[text=通年, kind=WHOLE_YEAR, startMonth=4, endMonth=3]",
				"annualGoals[1].items[0].actions[0].schedule.endMonth: null ≠ 3",
				// no review is printed as not yet written, which reads back as the pending review
				"annualGoals[2].review: null ≠ Review[results=null, issues=null]",
				// the sample's description text does not follow from its items; a read one does
				"midTermGoals[0].description: \"(1) 地域自治組織の設立\n(2) 担い手の育成\" ≠ \"(1) 地域自治組織の設立\n・未設置校区への働きかけ\n・設立後の支援\n担い手の育成\"",
				// a step standing alone after a group: the sheet's layout cannot show that it left the group
				"midTermGoals[0].steps[2].groupLabel: null ≠ \"(1)\"",
				"midTermGoals[0].steps[2].groupTitle: null ≠ \"地域自治の推進\"");
		assertThat(back.report().warnings()).extracting(w -> w.code()).containsExactly("STEP_WITHOUT_SPAN");
	}

	@Test
	void thePdfIsA4LandscapeWithTheJapaneseFontEmbeddedAndTheSheetsText() throws Exception {
		SheetData seed = PdfTestSheets.seed();
		try (PDDocument document = Loader.loadPDF(PdfTestSheets.pdf(seed))) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("+"); // a subset
				}
			}
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("令和6年度（2024年度）", "市民協働部", "宮城節子", "1.部局の使命", "4.中期目標（概ね今後4年間）",
					"1/" + document.getNumberOfPages());
			for (String mission : seed.missions()) {
				assertThat(text).contains(mission.replaceAll("\\s", ""));
			}
			for (AnnualGoal goal : seed.annualGoals()) {
				assertThat(text).contains(goal.title().replaceAll("\\s", ""));
				goal.items().forEach(i -> assertThat(text).contains(i.text().replaceAll("\\s", "")));
			}
			assertThat(text).contains("【重点】", "[新規]", "[拡充]", "(通年)", "【今年度末に記載】");
		}
	}

	@Test
	void withoutAJapaneseFontThereIsNoPdfButAMessageSayingWhatToInstall() {
		var noFont = new PdfSheetWriter(PdfFonts.candidates(List.of()));
		var configured = new PdfSheetWriter(PdfFonts.of("/nonexistent/font.ttf"));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> noFont.write(PdfTestSheets.seed()))
			.isInstanceOf(PdfFontMissingException.class)
			.hasMessageContaining("日本語フォントが見つからない")
			.hasMessageContaining("sudo apt-get install -y fonts-ipaexfont");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> configured.write(PdfTestSheets.seed()))
			.isInstanceOf(PdfFontMissingException.class)
			.hasMessageContaining("mokuhyo.pdf.font=/nonexistent/font.ttf");
	}
}
