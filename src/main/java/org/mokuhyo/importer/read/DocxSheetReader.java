package org.mokuhyo.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.mokuhyo.importer.ImportRejectedException;
import org.w3c.dom.Element;

/**
 * Reads a Word document (.docx) in which a clerk typed the sheet: the title and section headings as paragraphs, the
 * header, 方針, each goal and the 中期目標 as tables. Paragraphs and table rows become rows in document order (see
 * {@link DocxBody}); Word's automatic numbering becomes the label it shows ({@link DocxNumbering}). Recognised by
 * content: a zip holding {@code word/document.xml}; an old binary .doc is refused with the advice to save it as .docx.
 */
public final class DocxSheetReader implements DocumentReader {

	@Override
	public boolean accepts(byte[] content, String fileName) {
		return switch (OfficeFiles.magic(content)) {
			case OOXML -> ZipParts.holdsWordDocument(content);
			case OLE2 -> isOldWord(OfficeFiles.ole2Entries(content));
			default -> false;
		};
	}

	/** An old .doc holds a WordDocument stream; an encrypted .docx holds EncryptionInfo and is refused as such. */
	private static boolean isOldWord(Set<String> entries) {
		return entries != null && entries.contains("WordDocument") && !entries.contains("EncryptionInfo");
	}

	@Override
	public SourceDocument read(byte[] content, String fileName, ReadBudget budget) {
		if (OfficeFiles.magic(content) == FileMagic.OLE2) {
			throw new ImportRejectedException("NOT_A_SHEET",
					"古い形式の Word ファイル（.doc）は読めません。Word か LibreOffice で .docx 形式で保存し直してください。");
		}
		try {
			ZipParts.of(content); // a zip whose directory is missing was cut off: say so before POI fails on it
		}
		catch (ImportRejectedException ex) {
			throw unreadable();
		}
		// POI's document model costs about half a millisecond per table row: its paragraphs and rows counted first
		OfficeFiles.Survey survey = OfficeFiles.survey(content, "word/document.xml"::equals, Set.of("p", "tr"));
		if (survey.tooLarge()) {
			throw tooLarge();
		}
		budget.wordBlocks(survey.elements());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			SourceDocument read = read(document, fileName);
			budget.made(read);
			return read;
		}
		catch (ImportRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw OfficeFiles.tooLargeCause(ex) ? tooLarge() : unreadable();
		}
	}

	private static SourceDocument read(XWPFDocument document, String fileName) {
		DocxStyles styles = new DocxStyles(document.getStyles() == null ? null
				: document.getStyles().getCtStyles().getDomNode());
		DocxNumbering numbering = numbering(document.getNumbering(), styles);
		List<SourceNote> notes = new ArrayList<>();
		var body = document.getDocument().getBody();
		// a document without a body has no rows: the importer then says it is empty
		List<SourceRow> rows = body == null ? List.of()
				: new DocxBody(new DocxParagraphs(styles, numbering), notes).read((Element) body.getDomNode());
		return new SourceDocument(fileName, rows, notes);
	}

	private static DocxNumbering numbering(XWPFNumbering numbering, DocxStyles styles) {
		List<Element> nums = new ArrayList<>();
		List<Element> abstracts = new ArrayList<>();
		if (numbering != null) {
			for (XWPFNum num : numbering.getNums()) {
				nums.add((Element) num.getCTNum().getDomNode());
			}
			for (XWPFAbstractNum a : numbering.getAbstractNums()) {
				abstracts.add((Element) a.getCTAbstractNum().getDomNode());
			}
		}
		return new DocxNumbering(nums, abstracts, styles);
	}

	private static ImportRejectedException tooLarge() {
		return new ImportRejectedException("TOO_LARGE", "Word 文書を展開すると大きすぎます（圧縮の比率か展開後の大きさが上限を超えています）。");
	}

	private static ImportRejectedException unreadable() {
		return new ImportRejectedException("TRUNCATED",
				"Word 文書（.docx）を読めません（壊れているか、途中で切れています）。元のファイルを指定してください。");
	}
}
