package org.mokuhyo.web.edit;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.importer.GoalNotation;
import org.mokuhyo.importer.MidTermNotation;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.web.sheet.SheetFormat;

/**
 * What the notation typed in an edit form reads as, before anything is saved: the items, actions and sub-points of
 * an annual goal with their schedules, tags and targets, or a mid-term goal's description and steps with their
 * years; and every line worth a second look (one the notation cannot place, a schedule or 年度 it cannot read, a
 * missing name, a text over its limit). Shown on the edit pages and, as the person types, by htmx.
 */
final class NotationPreview {

	private NotationPreview() {
	}

	/** A line worth a second look: its number where it has one, its words, what is wrong. */
	record Warning(Integer line, String text, String message) {
	}

	/** An annual goal as it would be saved, with the warnings. */
	record GoalPreview(List<GoalItem> items, List<Warning> warnings) {
	}

	/** A mid-term goal's description and steps (grouped under their headings) as they would be saved. */
	record MidTermPreview(List<DescriptionItem> description, List<SheetFormat.StepGroup> groups, List<Warning> warnings) {
	}

	static GoalPreview goal(String title, String notation, List<GoalItem> previous) {
		List<Warning> warnings = new ArrayList<>();
		titleWarnings("目標の名称", title, warnings);
		textWarning("取組み事項・取組み内容", notation, warnings);
		GoalNotation.Reading reading = GoalNotation.read(notation, previous);
		reading.problems().forEach(p -> warnings.add(new Warning(p.line(), p.text(), p.message() + "。この行は保存できません。")));
		for (GoalItem item : reading.items()) {
			for (Action action : item.actions()) {
				scheduleWarning(action.schedule(), warnings);
				for (SubItem sub : action.subItems()) {
					scheduleWarning(sub.schedule(), warnings);
				}
			}
		}
		return new GoalPreview(reading.items(), List.copyOf(warnings));
	}

	static MidTermPreview midTerm(String title, String description, String steps) {
		List<Warning> warnings = new ArrayList<>();
		titleWarnings("中期目標の名称", title, warnings);
		textWarning("取組みにあたっての課題・めざす成果", description, warnings);
		textWarning("スケジュール(工程)", steps, warnings);
		MidTermNotation.Steps read = MidTermNotation.parseSteps(steps);
		read.warnings().forEach(w -> warnings.add(new Warning(w.line(), w.text(), w.message() + "。")));
		MidTermGoal goal = new MidTermGoal(null, 0, title, null, List.of(), read.steps(), List.of(), List.of());
		return new MidTermPreview(MidTermNotation.parseDescription(description),
				SheetFormat.INSTANCE.stepGroups(goal), List.copyOf(warnings));
	}

	private static void titleWarnings(String field, String title, List<Warning> warnings) {
		if (title == null || title.isBlank()) {
			warnings.add(new Warning(null, null, field + "を入力してください（保存に必要です）。"));
		}
		else {
			textWarning(field, title, EditLimits.TITLE, warnings);
		}
	}

	private static void textWarning(String field, String text, List<Warning> warnings) {
		textWarning(field, text, EditLimits.TEXT, warnings);
	}

	private static void textWarning(String field, String text, int limit, List<Warning> warnings) {
		String message = EditLimits.tooLong(field, text, limit);
		if (message != null) {
			warnings.add(new Warning(null, null, message));
		}
	}

	private static void scheduleWarning(Schedule schedule, List<Warning> warnings) {
		if (schedule != null && schedule.kind() == ScheduleKind.UNPARSED) {
			warnings.add(new Warning(null, schedule.text(),
					"スケジュールの月が読み取れません（「その他」として文字のまま保存されます）。例: (通年)、(7~2月)、(4月以降)"));
		}
	}
}
