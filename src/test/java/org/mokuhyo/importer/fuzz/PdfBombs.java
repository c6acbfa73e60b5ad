package org.mokuhyo.importer.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made to cost a reader far more than their size: many pages, a content stream that inflates to gigabytes,
 * many glyphs or ruling lines on a page, a deep or cyclic page tree. Each is small on disk (under the upload limit).
 */
public final class PdfBombs {

	private PdfBombs() {
	}

	/** {@code pages} pages sharing one small content stream that draws a word. */
	public static byte[] manyPages(int pages) {
		try (PDDocument document = new PDDocument()) {
			PDStream shared = new PDStream(document);
			try (OutputStream out = shared.createOutputStream()) {
				out.write("BT /F1 12 Tf 72 720 Td (page) Tj ET".getBytes(StandardCharsets.US_ASCII));
			}
			COSDictionary resources = fontResources();
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				page.getCOSObject().setItem(COSName.RESOURCES, resources);
				page.setContents(shared);
				document.addPage(page);
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One page whose content stream inflates to {@code megabytes} MB of spaces after one drawn word. */
	public static byte[] inflating(int megabytes) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			page.getCOSObject().setItem(COSName.RESOURCES, fontResources());
			COSStream stream = document.getDocument().createCOSStream();
			ByteArrayOutputStream deflated = new ByteArrayOutputStream();
			try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
				out.write("BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
				byte[] spaces = new byte[1024 * 1024];
				Arrays.fill(spaces, (byte) ' ');
				for (int i = 0; i < megabytes; i++) {
					out.write(spaces);
				}
			}
			try (OutputStream raw = stream.createRawOutputStream()) {
				raw.write(deflated.toByteArray());
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			page.getCOSObject().setItem(COSName.CONTENTS, stream);
			document.addPage(page);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One page drawing the word {@code times} times (each a glyph run), compressed. */
	public static byte[] manyGlyphs(int times) {
		StringBuilder content = new StringBuilder("BT /F1 4 Tf 10 800 Td\n");
		for (int i = 0; i < times; i++) {
			content.append("(abcdefgh) Tj\n");
		}
		content.append("ET\n");
		return onePage(content.toString());
	}

	/** One page drawing {@code lines} short ruling lines. */
	public static byte[] manyLines(int lines) {
		StringBuilder content = new StringBuilder("0.5 w\n");
		for (int i = 0; i < lines; i++) {
			int y = 100 + i % 600;
			content.append("72 ").append(y).append(" m 500 ").append(y).append(" l S\n");
		}
		content.append("BT /F1 12 Tf 72 720 Td (lines) Tj ET\n");
		return onePage(content.toString());
	}

	/** A page tree {@code depth} levels deep with one page at the bottom. */
	public static byte[] deepTree(int depth) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			COSDictionary root = document.getDocumentCatalog().getCOSObject();
			COSDictionary pages = (COSDictionary) root.getDictionaryObject(COSName.PAGES);
			COSDictionary inner = pages;
			for (int i = 0; i < depth; i++) {
				COSDictionary level = new COSDictionary();
				level.setItem(COSName.TYPE, COSName.PAGES);
				level.setItem(COSName.KIDS, inner.getCOSArray(COSName.KIDS));
				level.setInt(COSName.COUNT, 1);
				COSArray kids = new COSArray();
				kids.add(level);
				inner.setItem(COSName.KIDS, kids);
				inner = level;
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page tree whose node lists itself among its kids. */
	public static byte[] cyclicTree() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			COSDictionary pages = (COSDictionary) document.getDocumentCatalog()
				.getCOSObject()
				.getDictionaryObject(COSName.PAGES);
			pages.getCOSArray(COSName.KIDS).add(pages);
			pages.setInt(COSName.COUNT, 2);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] onePage(String content) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			page.getCOSObject().setItem(COSName.RESOURCES, fontResources());
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(content.getBytes(StandardCharsets.US_ASCII));
			}
			page.setContents(stream);
			document.addPage(page);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static COSDictionary fontResources() {
		COSDictionary fonts = new COSDictionary();
		fonts.setItem(COSName.getPDFName("F1"),
				new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
		COSDictionary resources = new COSDictionary();
		resources.setItem(COSName.FONT, fonts);
		return resources;
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	/**
	 * {@code pages} pages each drawing {@code glyphs} glyphs in lines of 50 and {@code rules} ruling lines (a grid
	 * of rows and columns): the most a document within the read budget may draw.
	 */
	public static byte[] dense(int pages, int glyphs, int rules) {
		StringBuilder content = new StringBuilder("0.5 w\n");
		int rows = Math.max(1, rules / 2);
		for (int i = 0; i < rows; i++) {
			float y = 800 - i * (760f / rows);
			content.append("20 ").append(y).append(" m 575 ").append(y).append(" l S\n");
		}
		for (int i = 0; i < rules - rows; i++) {
			float x = 20 + i * (555f / Math.max(1, rules - rows));
			content.append(x).append(" 40 m ").append(x).append(" 800 l S\n");
		}
		content.append("BT /F1 5 Tf 22 795 Td 6 TL\n");
		String word = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx";
		for (int i = 0; i < glyphs / 50; i++) {
			content.append('(').append(word).append(") '\n");
		}
		content.append("ET\n");
		try (PDDocument document = new PDDocument()) {
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
			}
			COSDictionary resources = fontResources();
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				page.getCOSObject().setItem(COSName.RESOURCES, resources);
				page.setContents(stream);
				document.addPage(page);
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
