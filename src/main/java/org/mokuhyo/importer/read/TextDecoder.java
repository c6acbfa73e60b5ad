package org.mokuhyo.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.mokuhyo.importer.ImportRejectedException;

/**
 * Turns the bytes of a text export into characters. UTF-8 is the published format; Shift_JIS (CP932) and EUC-JP
 * are still common in municipal offices, so they are accepted when the decoded text reads as a goal sheet.
 */
final class TextDecoder {

	private static final List<Charset> FALLBACKS = List.of(Charset.forName("windows-31j"), Charset.forName("EUC-JP"));

	/** Words every goal sheet carries; used to tell a right decoding from mojibake. */
	private static final List<String> SHEET_WORDS = List.of("目標", "部局", "使命", "方針");

	private TextDecoder() {
	}

	record Decoded(String text, Charset charset) {
	}

	static Decoded decode(byte[] content) {
		if (looksBinary(content)) {
			throw new ImportRejectedException("BINARY",
					"バイナリファイルのようです。部局長の目標のテキスト（UTF-8）を指定してください。");
		}
		int offset = hasUtf8Bom(content) ? 3 : 0;
		// The runtime's own UTF-8 decoding is the fast one; it turns malformed bytes into U+FFFD, so only a text
		// holding that character needs the strict decoder to tell a bad byte from a U+FFFD really written.
		String lenient = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
		Optional<String> utf8 = lenient.indexOf('\uFFFD') < 0 ? Optional.of(lenient)
				: strict(content, offset, StandardCharsets.UTF_8);
		if (utf8.isPresent()) {
			return new Decoded(utf8.get(), StandardCharsets.UTF_8);
		}
		for (Charset charset : FALLBACKS) {
			Optional<String> text = strict(content, 0, charset);
			if (text.isPresent() && SHEET_WORDS.stream().anyMatch(text.get()::contains)) {
				return new Decoded(text.get(), charset);
			}
		}
		throw new ImportRejectedException("ENCODING",
				"文字コードを判別できません。UTF-8（または Shift_JIS）で保存したファイルを指定してください。");
	}

	private static Optional<String> strict(byte[] content, int offset, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static boolean hasUtf8Bom(byte[] b) {
		return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
	}

	/** NUL bytes or many control characters in the first 8 KB: no text export looks like that. */
	private static boolean looksBinary(byte[] content) {
		int n = Math.min(content.length, 8192);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int c = content[i] & 0xFF;
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				control++;
			}
		}
		return n > 0 && control * 20 > n;
	}
}
