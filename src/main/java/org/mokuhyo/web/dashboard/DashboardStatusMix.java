package org.mokuhyo.web.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Quarter;
import org.mokuhyo.progress.RollUp;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;

/**
 * The statuses of each goal's actions in the latest quarter anyone reported on (進行管理): how many are 完了, 順調 …,
 * and how many have no update, with the goal's roll-up ({@link RollUp}).
 */
final class DashboardStatusMix {

	/** The columns: from done to stopped, then 未報告. */
	static final List<ProgressStatus> ORDER = List.of(ProgressStatus.DONE, ProgressStatus.ON_TRACK,
			ProgressStatus.NOT_STARTED, ProgressStatus.AT_RISK, ProgressStatus.DELAYED, ProgressStatus.STOPPED);

	static final String UNREPORTED = "未報告";

	private DashboardStatusMix() {
	}

	/**
	 * @param counts per status of {@link #ORDER}, then the actions without an update
	 * @param rollUp the goal's status by the roll-up rule, e.g. 遅延
	 */
	record Row(int number, String title, List<Integer> counts, int actions, String rollUp) {
	}

	/** @param quarter the latest quarter with an update; null when nothing has been reported yet */
	record Mix(Quarter quarter, List<Row> rows) {

		/** The column heads: the statuses, then 未報告. */
		public List<String> labels() {
			List<String> labels = new ArrayList<>(ORDER.stream().map(ProgressStatus::label).toList());
			labels.add(UNREPORTED);
			return labels;
		}
	}

	/** Goals without actions have nothing to report on and are left out. */
	static Mix of(SheetData sheet, Map<Integer, Map<UUID, ActionProgress>> byQuarter) {
		List<Action> actions = actions(sheet);
		Integer latest = null;
		for (int q = DashboardTargets.QUARTERS; q >= 1 && latest == null; q--) {
			Map<UUID, ActionProgress> saved = byQuarter.getOrDefault(q, Map.of());
			if (actions.stream().anyMatch(a -> saved.containsKey(a.id()))) {
				latest = q;
			}
		}
		if (latest == null) {
			return new Mix(null, List.of());
		}
		Map<UUID, ActionProgress> saved = byQuarter.get(latest);
		List<Row> rows = new ArrayList<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			int[] counts = new int[ORDER.size() + 1];
			List<ProgressStatus> statuses = new ArrayList<>();
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					ActionProgress progress = saved.get(action.id());
					ProgressStatus status = progress == null ? null : progress.status();
					statuses.add(status);
					counts[status == null ? ORDER.size() : ORDER.indexOf(status)]++;
				}
			}
			if (!statuses.isEmpty()) {
				rows.add(new Row(goal.number(), goal.title(), Arrays.stream(counts).boxed().toList(),
						statuses.size(), RollUp.of(statuses).label()));
			}
		}
		return new Mix(new Quarter(sheet.fiscalYear(), latest), rows);
	}

	private static List<Action> actions(SheetData sheet) {
		return sheet.annualGoals()
			.stream()
			.flatMap(g -> g.items().stream())
			.flatMap(i -> i.actions().stream())
			.toList();
	}
}
