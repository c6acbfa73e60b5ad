package org.mokuhyo.web.history;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.history.SheetComparison;
import org.mokuhyo.kernel.CharDiff;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetVersion;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.sheet.VersionConflictException;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.SheetIds;
import org.mokuhyo.web.sheet.SheetFormat;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRefusedException;
import org.mokuhyo.workflow.Workflows;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history of a sheet for staff (nothing lost): its versions, one version read-only, any two side by side with
 * the changed characters marked, and restoring an earlier version as a new one. Versions include drafts, so the
 * public gets the same 404 as for a sheet that does not exist, whatever the id (the pages are open to GET in
 * {@link WebSecurityConfiguration} for exactly that; a restore needs the session's CSRF token, which the public never
 * has).
 */
@Controller
@RequestMapping("/sheets/{id}")
public class SheetHistoryController {

	private final SheetStore store;

	private final Access access;

	private final Workflows workflows;

	private final Organizations organizations;

	SheetHistoryController(SheetStore store, Access access, Workflows workflows, Organizations organizations) {
		this.store = store;
		this.access = access;
		this.workflows = workflows;
		this.organizations = organizations;
	}

	/** Versions listed per page: a sheet edited all year has hundreds. */
	static final int VERSIONS_PER_PAGE = 50;

	@GetMapping("/versions")
	ModelAndView versions(@PathVariable("id") String id,
			@org.springframework.web.bind.annotation.RequestParam(name = "page", required = false) String page) {
		Integer number = page == null || page.isBlank() ? Integer.valueOf(1)
				: page.strip().matches("[1-9]\\d{0,5}") ? Integer.valueOf(page.strip()) : null;
		if (number == null) {
			return ErrorPages.page(HttpStatus.BAD_REQUEST);
		}
		return history(id).map(h -> versionsPage(h, h.unreadableNote(), HttpStatus.OK, number))
			.orElseGet(this::notFound);
	}

	@GetMapping("/versions/{version}")
	ModelAndView version(@PathVariable("id") String id, @PathVariable("version") String version) {
		Optional<History> found = history(id);
		if (found.isEmpty()) {
			return notFound();
		}
		History h = found.get();
		Optional<SheetVersion> meta = h.version(version);
		Optional<SheetData> snapshot = meta.flatMap(v -> store.snapshot(h.id(), v.version()));
		if (snapshot.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		SheetData sheet = snapshot.get();
		// the model of the sheet page, so its sections render the snapshot as they render the current version
		ModelAndView page = new ModelAndView("web/history/version");
		page.addObject("sheet", sheet);
		page.addObject("sheetId", h.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(sheet.fiscalYear(), sheet.fiscalYearLabel()));
		page.addObject("fmt", SheetFormat.INSTANCE);
		page.addObject("showWarnings", false);
		page.addObject("warnings", List.of());
		page.addObject("shown", meta.get());
		page.addObject("currentVersion", h.currentVersion());
		page.addObject("labels", VersionLabels.INSTANCE);
		page.addObject("canRestore", meta.get().version() != h.currentVersion() && restoreAllowed(h).allowed());
		return page;
	}

	@GetMapping("/compare")
	ModelAndView compare(@PathVariable("id") String id, @RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "all", required = false) String all) {
		Optional<History> found = history(id);
		if (found.isEmpty()) {
			return notFound();
		}
		History h = found.get();
		// without a choice: the latest change, the current version against the one before it
		Optional<SheetVersion> newer = to == null || to.isBlank() ? Optional.of(h.latest()) : h.version(to);
		Optional<SheetVersion> older = from == null || from.isBlank()
				? newer.map(v -> h.version(Integer.toString(Math.max(1, v.version() - 1))).orElse(v))
				: h.version(from);
		Optional<SheetData> before = older.flatMap(v -> store.snapshot(h.id(), v.version()));
		Optional<SheetData> after = newer.flatMap(v -> store.snapshot(h.id(), v.version()));
		if (before.isEmpty() || after.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		SheetComparison comparison = SheetComparison.of(before.get(), after.get());
		boolean showAll = all != null && !all.isBlank() && !"0".equals(all);
		ModelAndView page = new ModelAndView("web/history/compare");
		addSheet(page, h);
		page.addObject("from", older.get());
		page.addObject("to", newer.get());
		page.addObject("showAll", showAll);
		page.addObject("rows", comparison.rows()
			.stream()
			.filter(r -> showAll || r.change() != SheetComparison.Change.SAME)
			.map(CompareRow::of)
			.toList());
		page.addObject("changedCount", comparison.count(SheetComparison.Change.CHANGED));
		page.addObject("addedCount", comparison.count(SheetComparison.Change.ADDED));
		page.addObject("removedCount", comparison.count(SheetComparison.Change.REMOVED));
		page.addObject("anyChange", comparison.changed());
		page.addObject("versions", h.newestFirst());
		return page;
	}

	@PostMapping("/versions/{version}/restore")
	ModelAndView restore(@PathVariable("id") String id, @PathVariable("version") String version,
			@RequestParam(name = "baseVersion", required = false) Integer baseVersion, RedirectAttributes redirect) {
		Optional<History> found = history(id);
		if (found.isEmpty()) {
			return notFound();
		}
		History h = found.get();
		CurrentUser user = access.signedIn();
		if (!mayEdit(user, h)) {
			return ErrorPages.page(HttpStatus.FORBIDDEN);
		}
		if (baseVersion != null && baseVersion < 1) {
			return ErrorPages.page(HttpStatus.BAD_REQUEST); // versions count from 1: no form sends this
		}
		Optional<SheetVersion> meta = h.version(version);
		Optional<SheetData> snapshot = meta.flatMap(v -> store.snapshot(h.id(), v.version()));
		if (snapshot.isEmpty()) {
			return ErrorPages.page(HttpStatus.NOT_FOUND);
		}
		int restored = meta.get().version();
		// the version the person saw when pressing the button: a save made since then is theirs to look at first
		int base = baseVersion != null ? baseVersion : h.currentVersion();
		SavedSheet saved;
		try {
			// no warnings: those stored describe the current version's source file, not the restored content
			saved = store.save(snapshot.get(), List.of(), meta.get().sourceName(),
					new Change(Change.RESTORE, user.id(), user.displayName(), base));
		}
		catch (VersionConflictException ex) {
			return versionsPage(history(id).orElse(h), "第" + restored + "版を表示した後に、別の保存で第" + ex.currentVersion()
					+ "版ができていたため、復元しませんでした。第" + ex.currentVersion() + "版の内容を確かめてから、もう一度復元してください。",
					HttpStatus.CONFLICT);
		}
		catch (StepRefusedException ex) {
			return versionsPage(h, "第" + restored + "版を復元できませんでした。" + ex.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("importMessage", saved.changed()
				? "第" + restored + "版の内容を第" + saved.version() + "版として復元しました。"
				: "第" + restored + "版は現在の第" + saved.version() + "版と同じ内容のため、新しい版は作りませんでした。");
		return new ModelAndView("redirect:/sheets/" + h.id());
	}

	private ModelAndView versionsPage(History h, String error, HttpStatus status) {
		return versionsPage(h, error, status, 1);
	}

	private ModelAndView versionsPage(History h, String error, HttpStatus status, int pageNumber) {
		ModelAndView page = new ModelAndView("web/history/versions");
		addSheet(page, h);
		Optional<Integer> published = workflows.publishedVersion(h.id());
		List<SheetVersion> all = h.newestFirst();
		int lastPage = Math.max(1, (all.size() + VERSIONS_PER_PAGE - 1) / VERSIONS_PER_PAGE);
		int shown = Math.min(pageNumber, lastPage);
		page.addObject("versions", all.subList((shown - 1) * VERSIONS_PER_PAGE,
				Math.min(all.size(), shown * VERSIONS_PER_PAGE))
			.stream()
			.map(v -> new VersionRow(v, v.version() == h.currentVersion(),
					published.isPresent() && published.get() == v.version()))
			.toList());
		page.addObject("allVersions", all.stream().map(SheetVersion::version).toList());
		page.addObject("pageNumber", shown);
		page.addObject("lastPage", lastPage);
		page.addObject("totalVersions", all.size());
		page.addObject("status", workflows.state(h.id()).map(s -> s.label()).orElse(null));
		RestoreRule rule = restoreAllowed(h);
		page.addObject("canRestore", rule.allowed());
		page.addObject("restoreNote", rule.note());
		page.addObject("compareFrom", Math.max(1, h.currentVersion() - 1));
		page.addObject("compareTo", h.currentVersion());
		page.addObject("error", error);
		page.setStatus(status);
		return page;
	}

	private void addSheet(ModelAndView page, History h) {
		page.addObject("sheet", h.current());
		page.addObject("sheetId", h.id());
		page.addObject("fiscalYearLabel", FiscalYearLabels.display(h.current().fiscalYear(), h.current().fiscalYearLabel()));
		page.addObject("currentVersion", h.currentVersion());
		page.addObject("labels", VersionLabels.INSTANCE);
	}

	/** Whether to offer the restore buttons, and why not where the person could edit but the sheet cannot be now. */
	private RestoreRule restoreAllowed(History h) {
		if (!mayEdit(access.signedIn(), h)) {
			return new RestoreRule(false, null);
		}
		Optional<SheetWorkflow> state = workflows.state(h.id());
		if (state.isPresent() && !state.get().status().editable()) {
			return new RestoreRule(false, "このシートは「" + state.get().label()
					+ "」のため、差戻しを受けるまで以前の版を復元できません。");
		}
		return new RestoreRule(true, null);
	}

	private record RestoreRule(boolean allowed, String note) {
	}

	/** An editor of the sheet's department or an administrator: who may save a new version of it. */
	private boolean mayEdit(CurrentUser user, History h) {
		if (user == null || h.current().department() == null) {
			return false;
		}
		// the store files a sheet under the department of its municipality and name, so the same lookup finds it
		return organizations.findDepartment(h.current().municipality(), h.current().department().name())
			.map(DepartmentRef::id)
			.filter(department -> workflows.mayTake(user, department, Step.EDIT))
			.isPresent();
	}

	/** The sheet and its versions, for staff; empty for the public and for an unknown sheet (both 404). */
	private Optional<History> history(String id) {
		Optional<UUID> sheetId = SheetIds.parse(id)
			.filter(parsed -> access.canSeeDraftsOfSheet(access.signedIn(), parsed));
		Optional<SheetData> current;
		try {
			current = sheetId.flatMap(store::find);
		}
		catch (SnapshotUnreadableException ex) {
			return readableBefore(sheetId.get(), ex);
		}
		if (current.isEmpty()) {
			return Optional.empty();
		}
		List<SheetVersion> versions = store.versions(sheetId.get());
		if (versions.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new History(sheetId.get(), current.get(), versions, false));
	}

	/** How many earlier versions to try for one that reads, when the current one does not. */
	private static final int READABLE_SEARCH = 20;

	/**
	 * The history of a sheet whose current version cannot be read: its heading (department, year) from the newest
	 * version that reads, so the list, the other versions and their restore stay open; the advice's page when none of
	 * the last ones reads.
	 */
	private Optional<History> readableBefore(UUID sheetId, SnapshotUnreadableException unreadable) {
		List<SheetVersion> versions = store.versions(sheetId);
		List<SheetVersion> newestFirst = versions.stream()
			.sorted(Comparator.comparingInt(SheetVersion::version).reversed())
			.skip(1)
			.limit(READABLE_SEARCH)
			.toList();
		for (SheetVersion version : newestFirst) {
			try {
				Optional<SheetData> earlier = store.snapshot(sheetId, version.version());
				if (earlier.isPresent()) {
					return Optional.of(new History(sheetId, earlier.get(), versions, true));
				}
			}
			catch (SnapshotUnreadableException ex) {
				// try the one before
			}
		}
		throw unreadable;
	}

	private ModelAndView notFound() {
		return access.canSeeDrafts(access.signedIn()) ? ErrorPages.sheetNotFound() : ErrorPages.page(HttpStatus.NOT_FOUND);
	}


	/** A sheet as now, with its versions (oldest first, as the store lists them). */
	private record History(UUID id, SheetData current, List<SheetVersion> versions, boolean currentUnreadable) {

		/** What the versions list says above itself when the current version cannot be read. */
		String unreadableNote() {
			return currentUnreadable ? "現在の版（第" + currentVersion() + "版）は保存内容を読み込めません（VERSION_UNREADABLE）。"
					+ "以前の版を表示して復元するか、ファイルを取り込み直してください。" : null;
		}

		SheetVersion latest() {
			return versions.get(versions.size() - 1);
		}

		int currentVersion() {
			return latest().version();
		}

		List<SheetVersion> newestFirst() {
			return versions.stream().sorted(Comparator.comparingInt(SheetVersion::version).reversed()).toList();
		}

		/** The version of that number, as written in an address or a form; empty for anything else. */
		Optional<SheetVersion> version(String number) {
			OptionalInt n = number(number);
			return n.isEmpty() ? Optional.empty()
					: versions.stream().filter(v -> v.version() == n.getAsInt()).findFirst();
		}

		private static OptionalInt number(String text) {
			if (text == null || !text.strip().matches("\\d{1,9}")) {
				return OptionalInt.empty();
			}
			return OptionalInt.of(Integer.parseInt(text.strip()));
		}
	}

	/** One line of the version list. */
	record VersionRow(SheetVersion version, boolean current, boolean published) {
	}

	/**
	 * One field of the comparison: the older text with what was removed, the newer with what was added, so each
	 * column reads as that version did.
	 */
	public record CompareRow(String label, String change, String changeLabel, List<CharDiff.Run> before,
			List<CharDiff.Run> after) {

		public static CompareRow of(SheetComparison.Row row) {
			String change = row.change().name().toLowerCase(java.util.Locale.ROOT);
			String label = switch (row.change()) {
				case SAME -> "変更なし";
				case CHANGED -> "変更";
				case ADDED -> "追加";
				case REMOVED -> "削除";
			};
			List<CharDiff.Run> before = row.change() == SheetComparison.Change.ADDED ? List.of()
					: row.runs().stream().filter(r -> r.kind() != CharDiff.Kind.ADDED).toList();
			List<CharDiff.Run> after = row.change() == SheetComparison.Change.REMOVED ? List.of()
					: row.runs().stream().filter(r -> r.kind() != CharDiff.Kind.REMOVED).toList();
			return new CompareRow(row.label(), change, label, before, after);
		}
	}
}
