package org.mokuhyo.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} for a download with a Japanese name: the UTF-8 name as RFC 6266 / RFC 5987
 * {@code filename*}, and an ASCII {@code filename} for clients that know only that.
 */
public final class DownloadNames {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private DownloadNames() {
	}

	public static String attachment(String utf8Name, String asciiFallback) {
		return "attachment; filename=\"" + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
				+ encode(utf8Name);
	}

	/** RFC 5987 value-chars: letters, digits and a few marks as they are, every other byte as %XX. */
	public static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}
}
