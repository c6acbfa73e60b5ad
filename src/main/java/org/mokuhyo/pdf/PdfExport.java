package org.mokuhyo.pdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.mokuhyo.sheet.SheetData;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The PDF of a sheet for the pages and the command line, with the font named by {@code mokuhyo.pdf.font} (read at
 * each export, so a font installed later is used without a restart) or found in the usual Debian places.
 */
@Component
public class PdfExport {

	public static final String FONT_PROPERTY = "mokuhyo.pdf.font";

	public static final String MEDIA_TYPE = "application/pdf";

	private final Environment environment;

	PdfExport(Environment environment) {
		this.environment = environment;
	}

	/**
	 * @throws PdfFontMissingException when no Japanese font is at hand
	 */
	public byte[] render(SheetData sheet) {
		return new PdfSheetWriter(PdfFonts.of(environment.getProperty(FONT_PROPERTY))).write(sheet);
	}

	/** 令和6年度_市民協働部_部局長の目標.pdf: the name a person saves it under. */
	public static String fileName(SheetData sheet) {
		String department = sheet.department() == null || sheet.department().name() == null ? ""
				: sheet.department().name() + "_";
		String era = sheet.fiscalYearLabel() != null ? sheet.fiscalYearLabel()
				: org.mokuhyo.kernel.Era.fiscalYearLabel(sheet.fiscalYear());
		return (era + "_" + department + "部局長の目標.pdf").replaceAll("[\\\\/:*?\"<>|\\s]", "_");
	}

	/**
	 * {@code attachment} with an ASCII fallback name and the UTF-8 one (RFC 6266 / RFC 5987), for browsers old and
	 * new.
	 */
	public static String contentDisposition(SheetData sheet) {
		String encoded = URLEncoder.encode(fileName(sheet), StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"mokuhyo-" + sheet.fiscalYear() + ".pdf\"; filename*=UTF-8''" + encoded;
	}
}
