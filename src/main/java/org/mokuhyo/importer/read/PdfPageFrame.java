package org.mokuhyo.importer.read;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How a page is read: its crop box turned clockwise by {@code turn} (0, 90, 180, 270), so that the text reads left
 * to right, top down. Normally the turn is the page's {@code /Rotate}, the page as a viewer shows it: a landscape
 * sheet is often stored as a portrait page with {@code /Rotate 90} and its content drawn turned. Glyphs and ruling
 * lines both go through one frame, so cells are found in the coordinates the text is read in.
 */
final class PdfPageFrame {

	private final int turn;

	private final float width;

	private final float height;

	/**
	 * @param box the page's crop box (points given to this frame are relative to its lower left corner)
	 */
	PdfPageFrame(PDRectangle box, int turn) {
		this.turn = normalize(turn);
		this.width = box.getWidth();
		this.height = box.getHeight();
	}

	/** 0, 90, 180 or 270 for any multiple of 90 (a /Rotate may be negative or above 360). */
	static int normalize(int degrees) {
		int d = Math.floorMod(degrees, 360);
		return d - d % 90;
	}

	int turn() {
		return turn;
	}

	/** Width of the page as read (the box's height when turned by a quarter). */
	float width() {
		return turn % 180 == 0 ? width : height;
	}

	/** Height of the page as read. */
	float height() {
		return turn % 180 == 0 ? height : width;
	}

	/** Distance from the read page's left edge of the point (x, y) of the unturned box. */
	float x(float x, float y) {
		return switch (turn) {
			case 90 -> y;
			case 180 -> width - x;
			case 270 -> height - y;
			default -> x;
		};
	}

	/** Distance from the read page's top edge of the point (x, y) of the unturned box. */
	float y(float x, float y) {
		return switch (turn) {
			case 90 -> x;
			case 180 -> y;
			case 270 -> width - x;
			default -> height - y;
		};
	}
}
