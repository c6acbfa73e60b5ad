package org.mokuhyo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SheetData;

/**
 * What a new version read from a file would drop that the sheet's current version has: missions, annual goals,
 * mid-term goals (by number), the policy and its summary (総括), each goal's review (実績, 課題・今後の方向性). A
 * truncated file, the wrong department's or an early draft would otherwise replace a sheet's content with less,
 * unseen; an import refuses that (WOULD_REMOVE) unless a person confirms it.
 */
public record ContentLoss(List<String> parts) {

	public ContentLoss {
		parts = List.copyOf(parts);
	}

	public static ContentLoss between(SheetData current, SheetData incoming) {
		List<String> lost = new ArrayList<>();
		if (incoming.missions().size() < current.missions().size()) {
			lost.add("部局の使命 " + (current.missions().size() - incoming.missions().size()) + "件");
		}
		Policy was = current.policy();
		Policy now = incoming.policy();
		if (was != null && (was.statement() != null || !was.items().isEmpty())
				&& (now == null || now.statement() == null && now.items().isEmpty())) {
			lost.add("方針");
		}
		if (was != null && was.summary() != null && (now == null || now.summary() == null)) {
			lost.add("取り組みの総括");
		}
		Map<Integer, AnnualGoal> goals = byNumber(incoming.annualGoals(), AnnualGoal::number);
		for (AnnualGoal goal : current.annualGoals()) {
			AnnualGoal kept = goals.get(goal.number());
			if (kept == null) {
				lost.add("当年度目標" + goal.number() + named(goal.title()));
				continue;
			}
			Review before = goal.review();
			Review after = kept.review();
			if (before != null && before.results() != null && (after == null || after.results() == null)) {
				lost.add("目標" + goal.number() + "の実績");
			}
			if (before != null && before.issues() != null && (after == null || after.issues() == null)) {
				lost.add("目標" + goal.number() + "の課題・今後の方向性");
			}
		}
		Map<Integer, MidTermGoal> mids = byNumber(incoming.midTermGoals(), MidTermGoal::number);
		for (MidTermGoal goal : current.midTermGoals()) {
			if (!mids.containsKey(goal.number())) {
				lost.add("中期目標" + goal.number() + named(goal.title()));
			}
		}
		return new ContentLoss(lost);
	}

	public boolean any() {
		return !parts.isEmpty();
	}

	/** The refusal: what would be lost, and how a person confirms that it should. */
	public ImportRejectedException refusal(int currentVersion) {
		return new ImportRejectedException("WOULD_REMOVE", "取り込むと、現在の版（第" + currentVersion + "版）にある次の内容がなくなります："
				+ String.join("、", parts) + "。ファイルが途中で切れていないか、別の部局・年度のものでないか確認してください。"
				+ "この内容で置き換える場合は、置き換えることを確認して取り込み直してください（画面では「内容が減っても置き換える」、API では replace=true、"
				+ "コマンドでは --replace）。");
	}

	private static String named(String title) {
		return title == null ? "" : "「" + title + "」";
	}

	private static <T> Map<Integer, T> byNumber(List<T> goals, Function<T, Integer> number) {
		return goals.stream().collect(Collectors.toMap(number, g -> g, (a, b) -> a));
	}
}
