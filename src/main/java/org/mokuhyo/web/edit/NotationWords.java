package org.mokuhyo.web.edit;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleParser;
import org.mokuhyo.web.sheet.SheetFormat;

/**
 * The words the notation reads, offered next to the text areas to insert at the cursor (a list to copy from
 * without JavaScript): schedules of an action, tags, and a mid-term step's 年度 spans for the sheet's four years.
 * Each schedule's meaning is what {@link ScheduleParser} reads it as, so the list cannot say more than the parser.
 */
final class NotationWords {

	/** A word as it is inserted and what it means. */
	record Word(String insert, String meaning) {
	}

	/** One wording of every kind {@link ScheduleParser} reads, as the sheets write them. */
	static final List<String> SCHEDULES = List.of("通年", "上半期", "下半期", "第1四半期", "11月", "4月～3月", "7~2月", "4月以降",
			"7月中に開始");

	/** The tags an action is marked with, as the importer reads them. */
	static final List<String> TAGS = List.of("新規", "拡充", "継続", "充実", "見直し");

	private NotationWords() {
	}

	static List<Word> schedules() {
		return SCHEDULES.stream().map(w -> {
			Schedule schedule = ScheduleParser.parse(w).orElseThrow();
			return new Word("(" + w + ")", SheetFormat.INSTANCE.scheduleTitle(schedule).replace("スケジュール: ", ""));
		}).toList();
	}

	static List<Word> tags() {
		return TAGS.stream().map(t -> new Word("[" + t + "]", "区分「" + t + "」")).toList();
	}

	/** Spans within the four years from the sheet's fiscal year: one year, from a year on, first to last. */
	static List<Word> spans(int fiscalYear) {
		List<Word> words = new ArrayList<>();
		for (int year = fiscalYear; year < fiscalYear + 4; year++) {
			words.add(new Word(span(year), FiscalYearLabels.eraLabel(year) + "のみ"));
		}
		words.add(new Word(span(fiscalYear) + "～", FiscalYearLabels.eraLabel(fiscalYear) + "から（終わりを定めない）"));
		words.add(new Word(span(fiscalYear) + "～" + span(fiscalYear + 3),
				FiscalYearLabels.eraLabel(fiscalYear) + "から" + FiscalYearLabels.eraLabel(fiscalYear + 3) + "まで"));
		return List.copyOf(words);
	}

	/** 令和6年度(2024年度): as the sheets write a 年度, read back by the span parser. */
	private static String span(int year) {
		return FiscalYearLabels.eraLabel(year) + "(" + year + "年度)";
	}
}
