package org.mokuhyo.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What a clerk does in Excel, cell by cell, as the xlsx reader hands it to the structuring step: a spacer column and
 * a title merged over it, merged cells, Alt+Enter line breaks, bold runs and bold cells, numbers typed as numbers,
 * spaces around the words.
 */
class XlsxClerkHabitsTest {

	@Test
	void rowsStartAtTheTableNotAtTheSpacerColumn() throws IOException {
		SourceDocument document = read(ws -> {
			text(ws, 0, 0, "令和6年度 部局長の目標"); // merged A1:E1, over the spacer
			ws.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			text(ws, 2, 1, "部局");
			text(ws, 2, 2, "市民協働部");
		});
		assertThat(document.rows()).extracting(r -> r.cells().get(0).column()).containsExactly(1, 2);
		assertThat(document.rows().get(1).cells().get(0).text()).isEqualTo("部局");
	}

	/** A note typed into the spacer column (a footnote under the table) does not move the table's first column. */
	@Test
	void aLoneNoteInTheSpacerColumnIsReadFromItsCell() throws IOException {
		SourceDocument document = read(ws -> {
			text(ws, 2, 1, "1");
			text(ws, 2, 2, "市民協働の推進");
			text(ws, 5, 0, "※【重点】は重点目標");
		});
		assertThat(document.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("1", "※【重点】は重点目標");
	}

	@Test
	void aNumberTypedAsANumberReadsAsWritten() throws IOException {
		SourceDocument document = read(ws -> {
			ws.createRow(3).createCell(1).setCellValue(1.0);
			ws.getRow(3).createCell(2).setCellValue(45);
		});
		assertThat(document.rows().get(0).cells()).extracting(SourceCell::text).containsExactly("1", "45");
	}

	@Test
	void eachLineOfACellIsABlockAndBoldRunsStayBold() throws IOException {
		SourceDocument document = read(ws -> {
			XSSFFont bold = ws.getWorkbook().createFont();
			bold.setBold(true);
			XSSFRichTextString rich = new XSSFRichTextString("市民協働の推進\n(1) 支援します。\r\n　① 相談の実施 (通年)\n");
			rich.applyFont(0, 7, bold);
			ws.createRow(1).createCell(1).setCellValue(rich);
		});
		List<SourceBlock> blocks = document.rows().get(0).cells().get(0).blocks();
		assertThat(blocks).extracting(SourceBlock::text).containsExactly("市民協働の推進", "(1) 支援します。", "① 相談の実施 (通年)");
		assertThat(blocks.get(0).runs()).extracting(SourceBlock.Run::bold).containsExactly(true);
		assertThat(blocks.get(1).runs()).extracting(SourceBlock.Run::bold).containsOnly(false);
	}

	@Test
	void aMergedCellHoldsItsTextInItsFirstCellAndSpacesAroundWordsAreNotWords() throws IOException {
		SourceDocument document = read(ws -> {
			XSSFCellStyle bold = ws.getWorkbook().createCellStyle();
			XSSFFont font = ws.getWorkbook().createFont();
			font.setBold(true);
			bold.setFont(font);
			text(ws, 1, 1, " 実績 ");
			ws.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
			text(ws, 1, 2, "");
			text(ws, 2, 1, "　総合計画　");
			ws.getRow(2).getCell(1).setCellStyle(bold);
			text(ws, 2, 2, "　");
		});
		SourceRow merged = document.rows().get(0);
		assertThat(merged.filledCells()).extracting(SourceCell::text).containsExactly("実績");
		SourceRow marker = document.rows().get(1);
		assertThat(marker.filledCells()).hasSize(1);
		assertThat(marker.cells().get(0).text()).isEqualTo("総合計画");
		assertThat(marker.cells().get(0).blocks().get(0).runs().get(0).bold()).isTrue();
	}

	@Test
	void aSheetWithoutASpacerStartsAtColumnA() throws IOException {
		SourceDocument document = read(ws -> {
			text(ws, 0, 0, "No");
			text(ws, 0, 1, "当年度目標(当初設定)");
		});
		assertThat(document.rows().get(0).cells()).extracting(SourceCell::column).containsExactly(1, 2);
	}

	private interface Sheet {

		void fill(XSSFSheet ws);
	}

	private static void text(XSSFSheet ws, int row, int column, String text) {
		(ws.getRow(row) != null ? ws.getRow(row) : ws.createRow(row)).createCell(column).setCellValue(text);
	}

	private static SourceDocument read(Sheet sheet) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet.fill(workbook.createSheet("部局長の目標"));
			workbook.write(out);
			return new XlsxSheetReader().read(out.toByteArray(), "clerk.xlsx");
		}
	}
}
