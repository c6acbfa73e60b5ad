package org.mokuhyo.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Rebuilds the writer's landscape pages the way other software stores them: a page with {@code /Rotate} R whose
 * content is drawn turned back by R (a portrait page for 90 and 270), optionally in a box away from the origin, so
 * that a viewer shows it exactly as before. Or turned without that compensation, so that it shows sideways.
 */
final class PageTurns {

	/**
	 * How one page is stored: its {@code /Rotate}, where its shown box lies, whether that box is a crop box inside a
	 * larger media box, whether its content is turned back.
	 */
	record Turn(int rotate, float offsetX, float offsetY, boolean cropped, boolean compensated) {

		static Turn of(int rotate) {
			return new Turn(rotate, 0, 0, false, true);
		}

		/** The media box itself away from the origin. */
		static Turn moved(int rotate, float x, float y) {
			return new Turn(rotate, x, y, false, true);
		}

		/** A crop box away from the origin inside a larger media box. */
		static Turn cropped(int rotate, float x, float y) {
			return new Turn(rotate, x, y, true, true);
		}

		/** {@code /Rotate} set and nothing else: the page shows turned by it. */
		static Turn sideways(int rotate) {
			return new Turn(rotate, 0, 0, false, false);
		}
	}

	private PageTurns() {
	}

	/** The PDF with page i stored as {@code turns[i % turns.length]} says. */
	static byte[] turn(byte[] pdf, Turn... turns) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				turn(document, document.getPage(i), turns[i % turns.length]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void turn(PDDocument document, PDPage page, Turn turn) throws IOException {
		PDRectangle box = page.getMediaBox();
		float w = box.getWidth();
		float h = box.getHeight();
		page.setRotation(turn.rotate());
		if (!turn.compensated()) {
			return;
		}
		boolean across = turn.rotate() % 180 != 0;
		float newW = across ? h : w;
		float newH = across ? w : h;
		// a point (x, y) of the landscape page goes where the viewer, turning the page by R clockwise, shows it at (x, y)
		Matrix back = switch (turn.rotate()) {
			case 0 -> new Matrix(1, 0, 0, 1, 0, 0);
			case 90 -> new Matrix(0, 1, -1, 0, h, 0);
			case 180 -> new Matrix(-1, 0, 0, -1, w, h);
			case 270 -> new Matrix(0, -1, 1, 0, 0, w);
			default -> throw new IllegalArgumentException("rotate " + turn.rotate());
		};
		Matrix moved = Matrix.concatenate(Matrix.getTranslateInstance(turn.offsetX(), turn.offsetY()), back);
		try (PDPageContentStream before = new PDPageContentStream(document, page, AppendMode.PREPEND, false)) {
			before.saveGraphicsState();
			before.transform(moved);
		}
		try (PDPageContentStream after = new PDPageContentStream(document, page, AppendMode.APPEND, false)) {
			after.restoreGraphicsState();
		}
		PDRectangle shown = new PDRectangle(turn.offsetX(), turn.offsetY(), newW, newH);
		if (turn.cropped()) {
			page.setMediaBox(new PDRectangle(0, 0, turn.offsetX() + newW + 50, turn.offsetY() + newH + 80));
			page.setCropBox(shown);
		}
		else {
			page.setMediaBox(shown);
		}
	}

	/** Page {@code index} as a viewer shows it, at a low resolution. */
	static BufferedImage render(byte[] pdf, int index) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(index, 24);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The share of pixels whose colour differs by more than a little (anti-aliasing) between two images. */
	static double differingShare(BufferedImage a, BufferedImage b) {
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return 1;
		}
		long differing = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				int d = Math.max(Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)),
						Math.max(Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff)), Math.abs((p & 0xff) - (q & 0xff))));
				if (d > 48) {
					differing++;
				}
			}
		}
		return (double) differing / ((long) a.getWidth() * a.getHeight());
	}
}
