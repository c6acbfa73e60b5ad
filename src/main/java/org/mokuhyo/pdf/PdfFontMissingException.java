package org.mokuhyo.pdf;

/**
 * No Japanese font could be found or loaded, so no PDF is made (never one with missing glyphs). The message is
 * Japanese and says what to install.
 */
public class PdfFontMissingException extends RuntimeException {

	public static final String CODE = "NO_JAPANESE_FONT";

	public static final String INSTALL_HINT = "sudo apt-get install -y fonts-ipaexfont";

	PdfFontMissingException(String message) {
		super(message);
	}

	public String code() {
		return CODE;
	}
}
