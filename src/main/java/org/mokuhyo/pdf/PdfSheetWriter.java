package org.mokuhyo.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.mokuhyo.pdf.Blocks.Para;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.SheetData;

/**
 * One sheet as a print-quality PDF in the official layout: A4 landscape; a heading table (自治体, 年度 as
 * 令和N年度（YYYY年度）, 部局, 補職, 氏名); 1 部局の使命; 2 方針 and 取り組みの総括; 3 当年度目標, one ruled table per goal
 * with its items, actions, schedules, 新規 / 拡充, targets, 振り返り and 総合計画 / 基本政策 links; 4 中期目標 with their
 * steps; page numbers. The Japanese font is embedded as a subset; without one, {@link PdfFontMissingException} and no
 * PDF. Pure (no Spring), so the command line and tests use it as they are.
 */
public final class PdfSheetWriter {

	private static final float SECTION = 10.5f;

	private final PdfFonts fonts;

	public PdfSheetWriter(PdfFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * @throws PdfFontMissingException when no Japanese font can be loaded, or a character has no glyph in any
	 */
	public byte[] write(SheetData sheet) {
		try (PDDocument document = new PDDocument(); FontSet fontSet = new FontSet(document, fonts)) {
			describe(document, sheet);
			PdfPages pages = new PdfPages(document, fontSet);
			pages.paragraph(new Para(SheetContent.title(sheet), 14f, true, 0, 0), 40);
			pages.gap(6);
			pages.table(SheetContent.header(sheet));
			section(pages, "1. 部局の使命");
			none(pages, sheet.missions().isEmpty());
			for (Para mission : SheetContent.missions(sheet)) {
				pages.paragraph(mission, 0);
				pages.gap(2);
			}
			section(pages, "2. 使命を遂行するための取り組み方針と、それに基づく取り組みの総括");
			pages.table(SheetContent.policy(sheet));
			section(pages, "3. 当年度目標と目標設定に対する振り返り等");
			none(pages, sheet.annualGoals().isEmpty());
			for (AnnualGoal goal : sheet.annualGoals()) {
				pages.table(SheetContent.annualGoal(goal));
				pages.gap(8);
			}
			section(pages, "4. 中期目標（概ね今後4年間）");
			none(pages, sheet.midTermGoals().isEmpty());
			for (MidTermGoal goal : sheet.midTermGoals()) {
				pages.table(SheetContent.midTermGoal(goal));
				pages.gap(8);
			}
			pages.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The words for a section left empty: a heading with nothing under it reads as a document cut short. */
	private static void none(PdfPages pages, boolean empty) throws IOException {
		if (empty) {
			pages.paragraph(Para.of(SheetContent.NONE), 0);
		}
	}

	private static void section(PdfPages pages, String heading) throws IOException {
		pages.gap(10);
		// with room for a table's header and the start of its first row, or the heading would stay alone
		pages.paragraph(new Para(heading, SECTION, true, 0, 0), PdfPages.CUT_ROOM * (PdfPages.BOTTOM - PdfPages.TOP) + 40);
		pages.gap(4);
	}

	private static void describe(PDDocument document, SheetData sheet) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(SheetContent.title(sheet));
		info.setSubject(sheet.municipality());
		info.setCreator("mokuhyo 部局マネジメントシステム");
		info.setCreationDate(Calendar.getInstance());
		document.getDocumentCatalog().setLanguage("ja-JP");
	}
}
