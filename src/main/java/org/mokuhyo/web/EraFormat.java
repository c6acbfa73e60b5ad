package org.mokuhyo.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.mokuhyo.kernel.Era;

/** Dates and times for pages, as 令和6年4月1日（2024年4月1日） and Tokyo time. Public for the SpEL compiler. */
public final class EraFormat {

	public static final EraFormat INSTANCE = new EraFormat();

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private EraFormat() {
	}

	public String date(LocalDate day) {
		return day == null ? "—" : Era.dateLabel(day);
	}

	/** 令和6年4月1日（2024年4月1日） 9:30 */
	public String dateTime(Instant at) {
		return at == null ? "—" : Era.dateLabel(at.atZone(TOKYO).toLocalDate()) + " " + TIME.format(at.atZone(TOKYO));
	}
}
