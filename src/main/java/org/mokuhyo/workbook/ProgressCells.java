package org.mokuhyo.workbook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.workbook.WorkbookRows.SourceRow;

/**
 * The checks of a row's quarter cells, one per column kind (status, actuals, comment, version). Every wrong cell is
 * reported, with the message the clerk reads, and the reading goes on: a row names all its mistakes at once.
 */
final class ProgressCells {

	private static final String LABELS = Arrays.stream(ProgressStatus.values()).map(ProgressStatus::label)
		.collect(Collectors.joining("、"));

	/** Where a wrong cell is reported. */
	interface Errors {

		void at(int column, String message);
	}

	/** What a row enters for the quarter, as far as its cells could be read. */
	record Entered(ProgressStatus status, String comment, Map<TargetKey, BigDecimal> actuals, Integer version) {

		/** Whether it says what is saved already (nothing entered and nothing saved included). */
		boolean same(ActionProgress saved) {
			if (saved == null) {
				return status == null && comment == null && actuals.isEmpty();
			}
			if (saved.status() != status || !Objects.equals(blankToNull(saved.comment()), comment)
					|| !saved.actuals().keySet().equals(actuals.keySet())) {
				return false;
			}
			return actuals.entrySet().stream()
				.allMatch(e -> saved.actuals().get(e.getKey()).compareTo(e.getValue()) == 0);
		}

		/** The actuals as the progress module takes them. */
		Map<TargetKey, String> typedActuals() {
			Map<TargetKey, String> typed = new HashMap<>();
			actuals.forEach((key, value) -> typed.put(key, value.toPlainString()));
			return typed;
		}
	}

	private ProgressCells() {
	}

	/** @param targets the action's targets by their derived ids */
	static Entered read(SourceRow row, ProgressColumns columns, Map<UUID, TargetKey> targets, Errors errors) {
		String statusText = row.cell(columns.status());
		ProgressStatus status = status(statusText, columns.status(), errors);
		Map<TargetKey, BigDecimal> actuals = actuals(row, columns, targets, errors);
		String comment = comment(row.cell(columns.comment()), columns.comment(), errors);
		if (statusText == null && (comment != null || !actuals.isEmpty())) {
			errors.at(columns.status(), "進捗状況を選んでください（実績値またはコメントが入力されています）。");
		}
		Integer version = version(row.cell(columns.version()), columns.version(), errors);
		return new Entered(status, comment, actuals, version);
	}

	/** An id as the workbook writes it; null when blank or of another form. */
	static UUID uuid(String text) {
		if (text == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(text.strip());
			return id.toString().equalsIgnoreCase(text.strip()) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** One of the labels, or null when blank. */
	private static ProgressStatus status(String text, int column, Errors errors) {
		if (text == null) {
			return null;
		}
		ProgressStatus status = Arrays.stream(ProgressStatus.values()).filter(s -> s.label().equals(text)).findFirst()
			.orElse(null);
		if (status == null) {
			errors.at(column, "進捗状況「" + text + "」は使えません。" + LABELS + " のいずれかにしてください。");
		}
		return status;
	}

	/** Each entered actual, a number for a target of the action named in the slot's target id column. */
	private static Map<TargetKey, BigDecimal> actuals(SourceRow row, ProgressColumns columns,
			Map<UUID, TargetKey> targets, Errors errors) {
		Map<TargetKey, BigDecimal> actuals = new HashMap<>();
		for (Map.Entry<Integer, Integer> slot : columns.actuals().entrySet()) {
			String typed = row.cell(slot.getValue());
			String targetId = row.cell(columns.targetIds().get(slot.getKey()));
			if (typed == null) {
				continue;
			}
			TargetKey key = targetId == null ? null : targets.get(uuid(targetId));
			if (targetId == null) {
				errors.at(slot.getValue(), "目標値のない列に実績値が入力されています。");
			}
			else if (key == null) {
				errors.at(columns.targetIds().get(slot.getKey()), "この目標値IDは取組みの目標値にありません。");
			}
			else {
				BigDecimal value = Progresses.parseActual(typed);
				if (value == null) {
					errors.at(slot.getValue(), "実績値「" + typed + "」は0以上の数値で入力してください（例: 1,200）。");
				}
				else {
					actuals.put(key, value);
				}
			}
		}
		return actuals;
	}

	private static String comment(String text, int column, Errors errors) {
		if (text != null && text.length() > Progresses.MAX_COMMENT) {
			errors.at(column, "コメントは" + Progresses.MAX_COMMENT + "文字以内にしてください。");
		}
		return text;
	}

	/** The version written at the download, to tell whether somebody saved the row since. */
	private static Integer version(String text, int column, Errors errors) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			errors.at(column, "版の列は変更しないでください（「" + text + "」）。");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
