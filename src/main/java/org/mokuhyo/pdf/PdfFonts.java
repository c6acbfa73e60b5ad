package org.mokuhyo.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the Japanese font comes from: the file named by {@code mokuhyo.pdf.font} when set (then only that one), else
 * the first of the usual Debian places that exists. The files are read when a PDF is written, so installing a font
 * needs no restart.
 */
public final class PdfFonts {

	/** Debian packages' files, preferred first: IPAex (TrueType outlines, small subsets), then others. */
	public static final List<Path> DEBIAN = List.of(
			Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
			Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
			Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
			Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
			Path.of("/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf"),
			Path.of("/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf"),
			Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"));

	private final List<Path> candidates;

	private final String configured;

	private PdfFonts(List<Path> candidates, String configured) {
		this.candidates = List.copyOf(candidates);
		this.configured = configured;
	}

	/** The configured file alone when {@code configured} is set, the Debian places otherwise. */
	public static PdfFonts of(String configured) {
		if (configured != null && !configured.isBlank()) {
			return new PdfFonts(List.of(Path.of(configured.strip())), configured.strip());
		}
		return new PdfFonts(DEBIAN, null);
	}

	/** Exactly these files, in order (tests: none at all). */
	public static PdfFonts candidates(List<Path> files) {
		return new PdfFonts(files, null);
	}

	/** The existing candidate files, in order; empty when none. */
	List<Path> existing() {
		return candidates.stream().filter(Files::isRegularFile).toList();
	}

	PdfFontMissingException missing() {
		if (configured != null) {
			return new PdfFontMissingException("設定された日本語フォント（mokuhyo.pdf.font=" + configured
					+ "）が見つからないか読み込めないため、PDF を作成できません。TrueType / OpenType のフォントファイルを指定するか、"
					+ "設定を外して既定のフォント（" + PdfFontMissingException.INSTALL_HINT + "）を使ってください。");
		}
		return new PdfFontMissingException("日本語フォントが見つからないため、PDF を作成できません。サーバーに IPAex フォントを入れてください（"
				+ PdfFontMissingException.INSTALL_HINT + "）。別のフォントを使うときは mokuhyo.pdf.font にファイル（.ttf / .otf）を指定します。");
	}
}
