package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetData;

/**
 * LibreOffice opens the exported workbook: converted to CSV its Japanese text is there, cell by cell; saved again as
 * .xlsx by LibreOffice (its own shared strings, styles and merges) it imports into the identical sheet.
 */
class LibreOfficeXlsxTest {

	@TempDir
	Path dir;

	@Test
	void libreOfficeReadsTheJapaneseContent() throws Exception {
		SheetData seed = XlsxRoundTripTest.seed();
		Path xlsx = Files.write(dir.resolve("豊中市_市民協働部_2024.xlsx"), new XlsxSheetWriter().write(seed));

		Path csv = LibreOffice.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", "csv", dir);

		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(text.lines()).contains("令和6年度(2024年度) 市民協働部 部局長の目標,,,", "部局,市民協働部,補職,部長",
				",(3) 人権文化のまちづくりを推進します。,,", "4. 中期目標（概ね今後4年間）,,,",
				"1,市民協働の推進,【今年度末に記載】,【今年度末に記載】", ",① 市民公益活動推進助成金(夢基金)の活用 (通年),,");
		assertThat(text).contains("地域コミュニティの活性化及び地域連携の推進 【重点】")
			.contains("5-1-(3) 地域課題の共有を図り、多様な主体による協働のまちづくりを推進します")
			.contains("45 新たなコミュニティとつながりの創出")
			.contains("(1) 平和活動ボランティア育成・活動支援 令和6年度");
		assertThat(text).doesNotContain("\uFFFD");
	}

	@Test
	void aWorkbookSavedAgainByLibreOfficeImportsIdentically() throws Exception {
		SheetData seed = XlsxRoundTripTest.seed();
		Path original = Files.write(dir.resolve("seed.xlsx"), new XlsxSheetWriter().write(seed));
		Path work = Files.createDirectories(dir.resolve("lo"));

		// LibreOffice will not write over its input: convert into a directory of its own
		Path resaved = LibreOffice.convert(original, "xlsx:Calc MS Excel 2007 XML", "xlsx", work);

		byte[] bytes = Files.readAllBytes(resaved);
		assertThat(bytes).isNotEqualTo(Files.readAllBytes(original));
		ImportResult back = SheetImporter.standard().parse(bytes, "resaved.xlsx", XlsxRoundTripTest.TOYONAKA);
		assertThat(XlsxRoundTripTest.json(back.sheet())).isEqualTo(XlsxRoundTripTest.json(seed));
	}
}
