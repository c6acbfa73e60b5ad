package org.mokuhyo.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.JapaneseText;
import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.internal.ProgressRepository;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 進行管理 of sheets: reads and saves the quarter's updates of a sheet's actions (all rows of a quarter in one
 * transaction, checked first: one wrong row and nothing is written), and tells which updates are due. Who may save
 * is the sheet's editors and the administrators ({@link Workflows#mayEdit}), whatever the sheet's state in the cycle:
 * progress is reported on the year's sheet, not a change of its content.
 */
@Service
public class Progresses {

	/** The longest comment of an update, in characters. */
	public static final int MAX_COMMENT = 2000;

	// 1200, 1,200, 12.5 (after full-width digits and commas are folded)
	private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

	private final ProgressRepository repository;

	private final SheetStore store;

	private final Workflows workflows;

	private final Access access;

	private final Organizations organizations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Progresses(ProgressRepository repository, SheetStore store, Workflows workflows, Access access,
			Organizations organizations, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.store = store;
		this.workflows = workflows;
		this.access = access;
		this.organizations = organizations;
		this.clock = clock;
		this.events = events;
	}

	/** The saved updates of the sheet's actions for quarter 1–4 of the sheet's fiscal year, by action id. */
	public Map<UUID, ActionProgress> of(UUID sheetId, int quarter) {
		return repository.find(sheetId, quarter);
	}

	/** The sheets with at least one saved update: a read copy rebuilt for thousands of sheets skips the others. */
	public Set<UUID> sheetsWithUpdates() {
		return repository.sheetsWithUpdates();
	}

	/** Whether {@code user} may save the sheet's progress. */
	public boolean mayUpdate(CurrentUser user, UUID sheetId) {
		return workflows.mayEdit(user, sheetId);
	}

	/**
	 * Saves the rows of a quarter: a row with nothing entered withdraws the action's update; rows for actions not on
	 * the sheet are refused.
	 *
	 * @throws ProgressRefusedException with nothing written
	 */
	@Transactional
	public void save(UUID sheetId, int quarter, List<ProgressInput> rows, CurrentUser user) {
		SheetData sheet = store.find(sheetId)
			.orElseThrow(() -> new ProgressRefusedException("NOT_FOUND", List.of("シートが見つかりません。")));
		if (!mayUpdate(user, sheetId)) {
			throw new ProgressRefusedException("FORBIDDEN", List.of("このシートの進行管理を更新する権限がありません。"));
		}
		if (quarter < 1 || quarter > 4) {
			throw new ProgressRefusedException("INVALID", List.of("四半期は1〜4で指定してください。"));
		}
		Map<UUID, ActionRef> actions = actions(sheet);
		List<String> errors = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		for (ProgressInput row : rows) {
			ActionRef action = actions.get(row.actionId());
			if (action == null) {
				errors.add("シートにない取組みの行が送られました。ページを読み込み直してください。");
				continue;
			}
			check(row, action, errors).ifPresent(checked::add);
		}
		if (!errors.isEmpty()) {
			throw new ProgressRefusedException("INVALID", errors);
		}
		Instant now = clock.instant();
		List<String> conflicts = new ArrayList<>();
		for (Checked row : checked) {
			if (!write(sheet, quarter, row, user, now)) {
				conflicts.add(row.action.name + ": ほかの人が先に更新しました。ページを読み込み直してから入力し直してください。");
			}
		}
		if (!conflicts.isEmpty()) {
			throw new ProgressRefusedException("CONFLICT", conflicts); // rolls back the rows already written
		}
		events.publishEvent(new ProgressSaved(sheetId, quarter));
	}

	private boolean write(SheetData sheet, int quarter, Checked row, CurrentUser user, Instant now) {
		UUID action = row.input.actionId();
		Integer base = row.input.baseVersion();
		if (row.status == null) {
			if (base == null) {
				return true; // nothing was saved, nothing is
			}
			repository.replaceActuals(sheet.id(), action, quarter, Map.of());
			return repository.delete(sheet.id(), action, quarter, base);
		}
		String comment = row.input.comment() == null || row.input.comment().isBlank() ? null
				: row.input.comment().strip();
		boolean written = base == null
				? repository.insert(sheet.id(), action, sheet.fiscalYear(), quarter, row.status, comment, user.id(),
						user.displayName(), now)
				: repository.update(sheet.id(), action, quarter, base, row.status, comment, user.id(),
						user.displayName(), now);
		if (written) {
			repository.replaceActuals(sheet.id(), action, quarter, row.actuals);
		}
		return written;
	}

	private static Optional<Checked> check(ProgressInput row, ActionRef action, List<String> errors) {
		if (row.blank()) {
			return Optional.of(new Checked(row, action, null, Map.of()));
		}
		int before = errors.size();
		ProgressStatus status = ProgressStatus.parse(row.status());
		if (row.status() == null || row.status().isBlank()) {
			errors.add(action.name + ": 進捗状況を選んでください（コメントまたは実績値が入力されています）。");
		}
		else if (status == null) {
			errors.add(action.name + ": 進捗状況の値が正しくありません。");
		}
		if (row.comment() != null && row.comment().strip().length() > MAX_COMMENT) {
			errors.add(action.name + ": コメントは" + MAX_COMMENT + "文字以内にしてください。");
		}
		Map<TargetKey, BigDecimal> actuals = new HashMap<>();
		for (Map.Entry<TargetKey, String> entry : row.actuals().entrySet()) {
			Target target = action.targets.get(entry.getKey());
			if (target == null) {
				errors.add(action.name + ": シートにない目標値の実績が送られました。ページを読み込み直してください。");
				continue;
			}
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			BigDecimal value = parseActual(entry.getValue());
			if (value == null) {
				errors.add(action.name + ": 「" + target.text() + "」の実績値は0以上の数値で入力してください（例: 1,200）。");
			}
			else {
				actuals.put(entry.getKey(), value);
			}
		}
		return errors.size() == before ? Optional.of(new Checked(row, action, status, actuals)) : Optional.empty();
	}

	/** A number ≥ 0 as typed: full-width digits, commas and periods accepted; null when it is not one. */
	public static BigDecimal parseActual(String typed) {
		String folded = JapaneseText.foldWidth(typed).replace('、', ',').replace('．', '.').strip();
		if (!NUMBER.matcher(folded).matches()) {
			return null;
		}
		return new BigDecimal(folded.replace(",", ""));
	}

	/** The sheet's actions by id, each with a name for messages and its targets by key. */
	static Map<UUID, ActionRef> actions(SheetData sheet) {
		Map<UUID, ActionRef> actions = new LinkedHashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					actions.put(action.id(), new ActionRef(name(goal, item, action), targets(action)));
				}
			}
		}
		return actions;
	}

	/** 目標1 (1)② 出前講座等の実施 (long wording cut). */
	public static String name(AnnualGoal goal, GoalItem item, Action action) {
		String text = action.text() == null ? "" : action.text();
		if (text.length() > 30) {
			text = text.substring(0, 30) + "…";
		}
		return "目標" + goal.number() + " " + (item.label() == null ? "" : item.label())
				+ (action.label() == null ? "" : action.label()) + " " + text;
	}

	/** Every target of the action: its own (sub-item -1) and its sub-points', in order. */
	public static Map<TargetKey, Target> targets(Action action) {
		Map<TargetKey, Target> targets = new LinkedHashMap<>();
		for (int t = 0; t < action.targets().size(); t++) {
			targets.put(new TargetKey(TargetKey.ACTION_ITSELF, t), action.targets().get(t));
		}
		for (int s = 0; s < action.subItems().size(); s++) {
			List<Target> own = action.subItems().get(s).targets();
			for (int t = 0; t < own.size(); t++) {
				targets.put(new TargetKey(s, t), own.get(t));
			}
		}
		return targets;
	}

	/**
	 * The updates open on {@code today} for the sheets {@code user} edits (administrators: every department of their municipality): the
	 * current quarter's for the current fiscal year's sheets, and the previous quarter's where some are still missing
	 * (late, or in the days after the quarter's end). Sorted by due date, then department.
	 */
	public List<DueUpdate> due(CurrentUser user, LocalDate today) {
		if (user == null) {
			return List.of();
		}
		// administrators: every department of their own municipality
		return due(today, department -> user.departmentIds().contains(department)
				|| access.isAdminForDepartment(user, department));
	}

	/** Every department's open updates on {@code today} (for reminders). */
	public List<DueUpdate> dueAll(LocalDate today) {
		return due(today, department -> true);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private List<DueUpdate> due(LocalDate today, java.util.function.LongPredicate departments) {
		Quarter current = Quarter.of(today);
		List<DueUpdate> due = new ArrayList<>();
		for (Quarter quarter : List.of(current.previous(), current)) {
			for (SheetSummary summary : store.list(quarter.fiscalYear(), null)) {
				Optional<DepartmentRef> department = organizations.findDepartment(summary.municipality(),
						summary.department());
				if (department.isEmpty() || !departments.test(department.get().id())) {
					continue;
				}
				Optional<SheetData> sheet = store.find(summary.id());
				if (sheet.isEmpty()) {
					continue;
				}
				Set<UUID> reported = repository.reported(summary.id(), quarter.number());
				Set<UUID> actions = actions(sheet.get()).keySet();
				int missing = (int) actions.stream().filter(a -> !reported.contains(a)).count();
				if (quarter.equals(current) || missing > 0) {
					due.add(new DueUpdate(summary.id(), department.get().id(), summary.department(),
							quarter.fiscalYear(), quarter, actions.size(), missing, quarter.dueDate(),
							ChronoUnit.DAYS.between(today, quarter.dueDate())));
				}
			}
		}
		due.sort(java.util.Comparator.comparing(DueUpdate::dueDate).thenComparing(DueUpdate::department));
		return due;
	}

	record ActionRef(String name, Map<TargetKey, Target> targets) {
	}

	private record Checked(ProgressInput input, ActionRef action, ProgressStatus status,
			Map<TargetKey, BigDecimal> actuals) {
	}
}
