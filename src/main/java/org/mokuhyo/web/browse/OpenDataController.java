package org.mokuhyo.web.browse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.opendata.CodeLists;
import org.mokuhyo.opendata.CountingStream;
import org.mokuhyo.opendata.CsvLevel;
import org.mokuhyo.opendata.CsvMetadata;
import org.mokuhyo.opendata.Licence;
import org.mokuhyo.opendata.OpenDataFiles;
import org.mokuhyo.opendata.OpenDataScope;
import org.mokuhyo.opendata.OpenDataSizes;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.web.MunicipalityScope;
import org.mokuhyo.web.MunicipalityScopes;
import org.mokuhyo.web.PageText;
import org.mokuhyo.web.PublicParameters;
import org.mokuhyo.web.PublicRequestErrors;
import org.mokuhyo.web.PublicRequestException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * オープンデータ: the downloads page ({@code /open-data}) and the files themselves ({@code /open-data/2024/goals.csv}, {@code /open-data/all/sheets.json}, {@code /open-data/2024/csv.zip},
 * {@code /open-data/codes/plan.csv}, the CSVW column lists {@code /open-data/schemas/goals.csv-metadata.json}).
 * Public; published versions only. The municipality is the configured one, or {@code ?municipality=} as on the
 * browse pages. A year with nothing published gives the files with their headers and no rows (the address of a year
 * does not change meaning when its first sheet is published); a malformed year is a 400 and an unknown file a 404,
 * each with the reason in the page's language.
 */
@Controller
class OpenDataController {

	static final String CSV = "text/csv; charset=UTF-8";

	static final String JSON = "application/json";

	private final OpenDataSizes sizes;

	private final OpenDataFiles files;

	private final CodeLists codes;

	private final CsvMetadata metadata;

	private final MunicipalityScopes scopes;

	private final PortalQueries portal;

	private final Organizations organizations;

	private final PageText text;

	OpenDataController(OpenDataSizes sizes, OpenDataFiles files, CodeLists codes, CsvMetadata metadata,
			MunicipalityScopes scopes, PortalQueries portal, Organizations organizations, PageText text) {
		this.files = files;
		this.text = text;
		this.sizes = sizes;
		this.codes = codes;
		this.metadata = metadata;
		this.scopes = scopes;
		this.portal = portal;
		this.organizations = organizations;
	}

	@GetMapping("/open-data")
	ModelAndView page(@RequestParam(name = "municipality", required = false) String municipality) {
		MunicipalityScope browse = scopes.resolve(municipality, null);
		OpenDataScope scope = scope(browse, null);
		String query = browse.explicit() ? "?municipality=" + java.net.URLEncoder.encode(browse.municipality(),
				StandardCharsets.UTF_8) : "";
		List<YearDownloads> years = new ArrayList<>();
		List<Integer> published = browse.municipalityId() < 0 ? List.of() : portal.years(browse.municipalityId());
		for (int year : published) {
			years.add(downloads(FiscalYearLabels.display(year), Integer.toString(year), sizes.of(scope.year(year)), query));
		}
		YearDownloads all = published.isEmpty() ? null : downloads("すべての年度", "all", sizes.of(scope), query);
		ModelAndView page = new ModelAndView("web/browse/open-data");
		page.addObject("scope", browse);
		page.addObject("years", years);
		page.addObject("all", all);
		page.addObject("codes", codeFiles(scope, query));
		page.addObject("levels", CsvLevel.values());
		page.addObject("licenceName", Licence.NAME);
		page.addObject("licenceUrl", Licence.URL);
		page.addObject("attribution", Licence.attribution(browse.municipality()));
		page.addObject("query", query);
		return page;
	}

	/**
	 * A year's (or every year's) file, sent from the file made for the published sheets as they stand
	 * ({@link OpenDataFiles}): with its length, an ETag (a repeated download gets a 304) and byte ranges (a broken
	 * download goes on where it stopped).
	 */
	@GetMapping("/open-data/{year}/{file}")
	ResponseEntity<Resource> download(@PathVariable("year") String year, @PathVariable("file") String file,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "header", required = false) String header) {
		Integer fiscalYear = "all".equals(year) ? null : PublicParameters.year(year);
		boolean english = english(header);
		CsvLevel level = CsvLevel.byFileName(file);
		if (level == null && !OpenDataSizes.JSON.equals(file) && !OpenDataSizes.ZIP.equals(file)) {
			throw unknownFile(file);
		}
		OpenDataScope scope = scope(scopes.resolve(municipality, null), fiscalYear);
		String name = prefix(scope) + "-" + year + "-" + file;
		OpenDataFiles.MadeFile made = files.file(scope, file, english);
		String type = level != null ? CSV : OpenDataSizes.JSON.equals(file) ? JSON : "application/zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.eTag("\"" + made.tag() + "\"")
			// anyone may keep it, asking each time whether it is still current (a 304 while nothing was published)
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(new FileSystemResource(made.path()));
	}

	@GetMapping("/open-data/codes/{file}")
	void codeList(@PathVariable("file") String file,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "header", required = false) String header, HttpServletResponse response) {
		int dot = file.lastIndexOf('.');
		CodeLists.Kind kind = dot < 0 ? null : CodeLists.Kind.byBaseName(file.substring(0, dot));
		String extension = dot < 0 ? "" : file.substring(dot + 1);
		if (kind == null || !(extension.equals("csv") || extension.equals("json"))) {
			throw unknownFile(file);
		}
		boolean english = english(header);
		OpenDataScope scope = scope(scopes.resolve(municipality, null), null);
		String name = prefix(scope) + "-" + file;
		if (extension.equals("csv")) {
			stream(response, CSV, name, out -> codes.writeCsv(kind, scope, english, out));
		}
		else {
			stream(response, JSON, name, out -> codes.writeJson(kind, scope, out));
		}
	}

	/** The CSVW description of a CSV file's columns, e.g. {@code goals.csv-metadata.json}. */
	@GetMapping("/open-data/schemas/{file}")
	void columns(@PathVariable("file") String file, HttpServletResponse response) throws IOException {
		String suffix = "-metadata.json";
		byte[] document = file.endsWith(suffix) ? metadata.of(file.substring(0, file.length() - suffix.length())) : null;
		if (document == null) {
			throw unknownFile(file);
		}
		response.setContentType("application/csvm+json");
		response.setContentLength(document.length);
		response.getOutputStream().write(document);
	}

	@ExceptionHandler(PublicRequestException.class)
	ModelAndView refused(PublicRequestException ex) {
		return PublicRequestErrors.page(ex, text);
	}

	private OpenDataScope scope(MunicipalityScope browse, Integer fiscalYear) {
		String code = browse.municipalityId() < 0 ? null
				: organizations.findMunicipality(browse.municipalityId()).map(MunicipalityRef::code).orElse(null);
		return new OpenDataScope(browse.municipalityId(), browse.municipality(), code, fiscalYear);
	}

	private static boolean english(String header) {
		if (header == null || header.isBlank() || header.strip().equalsIgnoreCase("ja")) {
			return false;
		}
		if (header.strip().toLowerCase(Locale.ROOT).equals("en")) {
			return true;
		}
		throw PublicRequestException.badRequest("open-data.error.header");
	}

	private static PublicRequestException unknownFile(String file) {
		return PublicRequestException.notFound("open-data.error.no-file", "open-data.error.no-file.message",
				PageText.content(file));
	}

	/** The downloaded file's name begins with the municipality's code (or name). */
	private static String prefix(OpenDataScope scope) {
		return scope.municipalityCode() != null ? scope.municipalityCode()
				: scope.municipality() != null ? scope.municipality() : "mokuhyo";
	}

	private interface Writing {

		void to(OutputStream out);
	}

	/**
	 * Headers first, then the body as it is made (chunked: its length is known only at the end). A client that goes
	 * away midway ends the export; nothing else is left to undo, since it only reads.
	 */
	private static void stream(HttpServletResponse response, String contentType, String fileName, Writing writing) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		try {
			OutputStream out = response.getOutputStream();
			writing.to(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private YearDownloads downloads(String label, String segment, OpenDataSizes.ScopeFiles files, String query) {
		List<FileRow> rows = new ArrayList<>();
		String base = "/open-data/" + segment + "/";
		OpenDataSizes.FileSize json = files.file(OpenDataSizes.JSON);
		rows.add(new FileRow(OpenDataSizes.JSON, base + OpenDataSizes.JSON + query, "JSON",
				"公表されたシートの全体（シートの形式）と公表日・ライセンス", json.rows() + "シート", bytes(json.bytes()),
				"/schemas/sheets.schema.json", "JSON Schema"));
		for (CsvLevel level : CsvLevel.values()) {
			OpenDataSizes.FileSize csv = files.file(level.fileName());
			rows.add(new FileRow(level.fileName(), base + level.fileName() + query, "CSV", level.title(),
					csv.rows() + "行", bytes(csv.bytes()), "/open-data/schemas/" + level.fileName() + "-metadata.json",
					"列の説明（CSVW）"));
		}
		OpenDataSizes.FileSize zip = files.file(OpenDataSizes.ZIP);
		rows.add(new FileRow(OpenDataSizes.ZIP, base + OpenDataSizes.ZIP + query, "ZIP", "上のCSVファイルすべて", "",
				bytes(zip.bytes()), null, null));
		return new YearDownloads(label, segment, files.sheets(), rows);
	}

	private List<FileRow> codeFiles(OpenDataScope scope, String query) {
		List<FileRow> rows = new ArrayList<>();
		for (CodeLists.Kind kind : CodeLists.Kind.values()) {
			CountingStream json = new CountingStream();
			codes.writeJson(kind, scope, json);
			rows.add(new FileRow(kind.baseName() + ".json", "/open-data/codes/" + kind.baseName() + ".json" + query,
					"JSON", kind.title(), "", bytes(json.count()), "/schemas/codes.schema.json", "JSON Schema"));
			CountingStream csv = new CountingStream();
			codes.writeCsv(kind, scope, false, csv);
			rows.add(new FileRow(kind.baseName() + ".csv", "/open-data/codes/" + kind.baseName() + ".csv" + query,
					"CSV", kind.title(), "", bytes(csv.count()),
					"/open-data/schemas/" + kind.baseName() + ".csv-metadata.json", "列の説明（CSVW）"));
		}
		return rows;
	}

	/** 12,345 バイト below 10 KB, else 12.3 KB / 4.5 MB (1 KB = 1,000 bytes), with the exact count after it. */
	static String bytes(long count) {
		if (count < 10_000) {
			return String.format(Locale.ROOT, "%,d バイト", count);
		}
		String rounded = count < 10_000_000 ? String.format(Locale.ROOT, "%.1f KB", count / 1e3)
				: String.format(Locale.ROOT, "%.1f MB", count / 1e6);
		return rounded + String.format(Locale.ROOT, "（%,d バイト）", count);
	}

	/** A year's (or every year's) files. */
	record YearDownloads(String label, String segment, long sheets, List<FileRow> files) {
	}

	/** A file as the page lists it. */
	record FileRow(String name, String href, String format, String contents, String rows, String size,
			String schemaHref, String schemaLabel) {
	}
}
