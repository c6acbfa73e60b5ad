package org.mokuhyo.web.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.bulk.ArchiveException;
import org.mokuhyo.bulk.BulkFile;
import org.mokuhyo.bulk.BulkImport;
import org.mokuhyo.bulk.BulkImports;
import org.mokuhyo.bulk.ResumeRefusedException;
import org.mokuhyo.kernel.CsvFormulas;
import org.mokuhyo.web.EraFormat;
import org.mokuhyo.web.sheet.HomeController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 一括取込み pages: the upload of a zip (its files then import in the background), each import's live progress
 * (htmx asks for the status part every two seconds while it runs; without JavaScript a link reloads it), its
 * per-file report (also as CSV), and resuming an interrupted one. Staff who may import see their own imports;
 * administrators everyone's.
 */
@Controller
public class BulkImportController {

	private static final int LISTED = 50;

	private final BulkImports bulk;

	private final Access access;

	private final Clock clock;

	/** What the servlet accepts as one upload (spring.servlet.multipart.max-file-size), in MB. */
	private final long maxMegabytes;

	BulkImportController(BulkImports bulk, Access access, Clock clock,
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxUpload) {
		this.bulk = bulk;
		this.access = access;
		this.clock = clock;
		this.maxMegabytes = maxUpload.toMegabytes();
	}

	@GetMapping("/imports/archive")
	ModelAndView list() {
		return form(null, null, new Form(null, null), HttpStatus.OK);
	}

	@PostMapping("/imports/archive")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "fiscalYear", required = false) String fiscalYear,
			@RequestParam(name = "municipality", required = false) String municipality,
			@RequestParam(name = "published", required = false) String published) {
		Form form = new Form(fiscalYear, municipality);
		CurrentUser user = access.signedIn();
		if (file == null || file.isEmpty()) {
			return form("NO_FILE", "取り込む ZIP ファイルを選択してください。", form, HttpStatus.BAD_REQUEST);
		}
		Integer year;
		try {
			year = HomeController.parseYear(fiscalYear);
		}
		catch (IllegalArgumentException ex) {
			return form("FISCAL_YEAR", ex.getMessage(), form, HttpStatus.BAD_REQUEST);
		}
		boolean asPublished = published != null;
		if (asPublished && !access.isAdmin(user)) {
			return form("FORBIDDEN", "公表済みとしての取込みは管理者だけが行えます。", form, HttpStatus.FORBIDDEN);
		}
		Path upload = null;
		UUID id;
		try {
			upload = Files.createTempFile("mokuhyo-bulk-", ".zip");
			file.transferTo(upload);
			id = bulk.create(upload, name(file), new BulkImports.Options(year,
					municipality == null || municipality.isBlank() ? access.municipalityName(user) : municipality.strip(),
					asPublished),
					runner(user));
		}
		catch (ArchiveException ex) {
			return form(ex.code(), ex.getMessage(), form, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (IOException ex) {
			return form("UNREADABLE", "ファイルを受け取れませんでした。もう一度お試しください。", form, HttpStatus.BAD_REQUEST);
		}
		finally {
			deleteQuietly(upload);
		}
		try {
			bulk.start(id, runner(user));
		}
		catch (ResumeRefusedException ex) {
			// a new import no one else knows of yet: cannot be running elsewhere; its page offers 再開 if it were
		}
		return new ModelAndView("redirect:/imports/archive/" + id);
	}

	@GetMapping("/imports/archive/{id}")
	ModelAndView show(@PathVariable String id) {
		BulkImport job = visible(id);
		ModelAndView page = new ModelAndView("web/admin/bulk-import");
		page.addObject("job", job);
		page.addObject("state", job.state(clock.instant()));
		page.addObject("files", bulk.files(job.id()));
		page.addObject("era", EraFormat.INSTANCE);
		return page;
	}

	/** The status part alone, for htmx's polling. */
	@GetMapping(path = "/imports/archive/{id}", headers = "HX-Request")
	ModelAndView status(@PathVariable String id) {
		ModelAndView page = show(id);
		page.setViewName("web/admin/bulk-import :: status");
		return page;
	}

	/** Resumes an interrupted import; otherwise says why not. Either way the page tells (a flash message). */
	@PostMapping("/imports/archive/{id}/resume")
	ModelAndView resume(@PathVariable String id, RedirectAttributes redirect) {
		BulkImport job = visible(id); // marks it interrupted first when its runner has gone
		String message;
		boolean refused = true;
		switch (job.state(clock.instant())) {
			case DONE -> message = "すべてのファイルの処理が終わっているため、再開するものはありません。";
			case RUNNING -> message = "この一括取込みはいま実行中のため、再開は不要です（最後の応答 "
					+ EraFormat.INSTANCE.dateTime(job.heartbeatAt()) + "）。止まっている場合は、応答が "
					+ BulkImport.STALE.toSeconds() + " 秒途絶えると「中断」と表示され、再開できます。";
			default -> {
				try {
					bulk.start(job.id(), runner(access.signedIn()));
					message = "再開しました。残りの " + job.remaining() + " 件を取り込みます。";
					refused = false;
				}
				catch (ResumeRefusedException ex) {
					message = ex.getMessage();
				}
			}
		}
		redirect.addFlashAttribute("resumeMessage", message);
		redirect.addFlashAttribute("resumeRefused", refused);
		return new ModelAndView("redirect:/imports/archive/" + job.id());
	}

	/** The per-file report: UTF-8 with a BOM so Excel reads the Japanese. */
	@GetMapping("/imports/archive/{id}/report.csv")
	ResponseEntity<byte[]> report(@PathVariable String id) {
		BulkImport job = visible(id);
		StringBuilder csv = new StringBuilder("\uFEFFファイル,結果,コード,内容,注意の数,部局,年度,版,シートID\r\n");
		for (BulkFile file : bulk.files(job.id())) {
			csv.append(String.join(",", cell(file.name()),
					cell(file.outcome() == null ? "未処理" : file.outcome().label()), cell(file.code()),
					cell(file.message()), cell(file.warnings()), cell(file.department()), cell(file.fiscalYear()),
					cell(file.version()), cell(file.sheetId())))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("一括取込み_" + job.id() + ".csv", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** An upload the servlet refused before this controller (see {@link UploadTooLargeResolver}): the form again. */
	public ModelAndView refusedUpload(boolean tooLarge) {
		return tooLarge
				? form("TOO_LARGE", "ファイルが大きすぎるため受け付けられませんでした。画面から取り込める ZIP は" + maxMegabytes
						+ "MBまでです。分けて取り込むか、コマンドライン（import-archive）を使ってください。", new Form(null, null),
						HttpStatus.valueOf(413))
				: form("UNREADABLE_UPLOAD", "送信されたファイルを読み取れませんでした。もう一度ファイルを選択してください。", new Form(null, null),
						HttpStatus.BAD_REQUEST);
	}

	private ModelAndView form(String code, String error, Form form, HttpStatus status) {
		CurrentUser user = access.signedIn();
		ModelAndView page = new ModelAndView("web/admin/bulk-imports");
		// administrators: the imports of their municipality's accounts; others their own
		page.addObject("jobs", access.isAdmin(user) ? bulk.listOfMunicipality(user.municipalityId(), LISTED)
				: bulk.list(user.id(), LISTED));
		page.addObject("now", clock.instant());
		page.addObject("era", EraFormat.INSTANCE);
		page.addObject("form", form);
		page.addObject("error", error);
		page.addObject("errorCode", code);
		page.addObject("canImportPublished", access.isAdmin(user));
		page.addObject("maxMegabytes", maxMegabytes);
		page.addObject("minYear", HomeController.MIN_YEAR);
		page.addObject("maxYear", HomeController.MAX_YEAR);
		page.setStatus(status);
		return page;
	}

	/** The import, when this user may see it: its creator, or an administrator; 404 otherwise (not even its name). */
	private BulkImport visible(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CurrentUser user = access.signedIn();
		return bulk.find(uuid)
			.filter(job -> (job.createdBy() != null && job.createdBy() == user.id())
					|| (access.isAdmin(user) && bulk.startedIn(job.id(), user.municipalityId())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The files import as this user: in their name and within the departments they may import. */
	private BulkImports.Runner runner(CurrentUser user) {
		return new BulkImports.Runner(user.id(), user.displayName(),
				(municipality, department) -> access.canImportSheetOf(user, municipality, department));
	}

	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "archive.zip" : name.substring(name.lastIndexOf('/') + 1);
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		// always quoted; a leading = + - @ defused
		String text = CsvFormulas.defuse(value.toString());
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file: the system's cleanup takes it
			}
		}
	}

	record Form(String fiscalYear, String municipality) {
	}
}
