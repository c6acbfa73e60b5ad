package org.mokuhyo.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The roll-up rule (進捗の集約), one place for it: a goal's progress in a quarter from its actions', and the sheet's
 * from its goals', by the same rule.
 * <ol>
 * <li>Nothing reported (or nothing to report on) → 未報告 ({@link Summary#status} null).</li>
 * <li>中止 is left out. When everything reported is 中止 → 中止.</li>
 * <li>Once something is reported, a part without a report counts as 未着手: a missing update never makes a goal
 * look better.</li>
 * <li>All remaining 完了 → 完了; otherwise the worst of the remaining, in the order 遅延 &gt; 遅れ気味 &gt; 未着手 &gt;
 * 順調 &gt; 完了 ({@link ProgressStatus#severity}).</li>
 * <li>Completion ratio: the parts 完了 out of those not 中止 (unreported parts count in the denominator).</li>
 * </ol>
 * Goals without any action are left out of the sheet's roll-up (there is nothing to report on them).
 */
public final class RollUp {

	private RollUp() {
	}

	/**
	 * The summary of parts, each given by its status, null for a part without a report.
	 */
	public static Summary of(List<ProgressStatus> parts) {
		int stopped = 0;
		int done = 0;
		List<ProgressStatus> counted = new ArrayList<>();
		boolean anyReported = false;
		for (ProgressStatus status : parts) {
			anyReported |= status != null;
			if (status == ProgressStatus.STOPPED) {
				stopped++;
				continue;
			}
			if (status == ProgressStatus.DONE) {
				done++;
			}
			counted.add(status == null ? ProgressStatus.NOT_STARTED : status);
		}
		int notStopped = parts.size() - stopped;
		if (!anyReported) {
			return new Summary(null, 0, notStopped);
		}
		if (counted.isEmpty()) {
			return new Summary(ProgressStatus.STOPPED, 0, 0);
		}
		ProgressStatus worst = counted.stream().max(Comparator.comparingInt(ProgressStatus::severity)).orElseThrow();
		return new Summary(worst, done, notStopped);
	}

	/** The summary of summaries (goals → sheet): the same rule over their statuses. */
	public static Summary ofSummaries(List<Summary> parts) {
		return of(parts.stream().map(Summary::status).toList());
	}

	/**
	 * @param status the rolled-up status; null = 未報告
	 * @param done   parts 完了
	 * @param counted parts not 中止
	 */
	public record Summary(ProgressStatus status, int done, int counted) {

		public String label() {
			return status == null ? "未報告" : status.label();
		}

		/** Whole percent of parts done, null when nothing counts. */
		public Integer percentDone() {
			return counted == 0 ? null : Math.round(100f * done / counted);
		}
	}
}
