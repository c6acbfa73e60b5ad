package org.mokuhyo.web;

import java.text.Normalizer;
import java.util.Locale;

import org.mokuhyo.portal.ListOrder;
import org.mokuhyo.web.sheet.HomeController;

/**
 * The query parameters of the browse pages, checked: {@code year} (western, 4 digits), {@code page} (from 1),
 * {@code sort} ({@code year}, {@code department}, {@code number}), {@code dir} ({@code asc}, {@code desc}) and
 * {@code department} (a name: the lists of a plan node or policy narrowed to one department's goals). A
 * missing one takes its default; a wrong one is a 400 with a message saying what is accepted.
 */
public final class PublicParameters {

	static final int MAX_PAGE = 100_000;

	static final int MAX_DEPARTMENT = 200;

	private PublicParameters() {
	}

	public static Integer year(String raw) {
		try {
			return HomeController.parseYear(raw);
		}
		catch (IllegalArgumentException ex) {
			throw fourDigits(raw) ? PublicRequestException.badRequest("browse.error.year-range", HomeController.MIN_YEAR,
					HomeController.MAX_YEAR) : PublicRequestException.badRequest("browse.error.year");
		}
	}

	/** Whether a year {@link HomeController#parseYear} refused was refused for its range, not its form. */
	public static boolean fourDigits(String raw) {
		return raw != null && Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).matches("\\d{4}");
	}

	/** A department's name as its published sheets give it; null for none (every department). */
	public static String department(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String name = raw.strip();
		if (name.length() > MAX_DEPARTMENT) {
			throw PublicRequestException.badRequest("browse.error.department", MAX_DEPARTMENT);
		}
		return name;
	}

	public static int page(String raw) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		String value = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC);
		if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_PAGE) {
			throw PublicRequestException.badRequest("browse.error.page");
		}
		return Integer.parseInt(value);
	}

	/** Sorted by year: newest first unless {@code dir} says otherwise; by department or number: ascending. */
	public static ListOrder order(String sort, String dir) {
		ListOrder.Field field;
		if (sort == null || sort.isBlank()) {
			field = ListOrder.Field.YEAR;
		}
		else {
			field = switch (sort.strip().toLowerCase(Locale.ROOT)) {
				case "year" -> ListOrder.Field.YEAR;
				case "department" -> ListOrder.Field.DEPARTMENT;
				case "number" -> ListOrder.Field.NUMBER;
				default -> throw PublicRequestException.badRequest("browse.error.sort");
			};
		}
		if (dir == null || dir.isBlank()) {
			return new ListOrder(field, defaultDescending(field));
		}
		return switch (dir.strip().toLowerCase(Locale.ROOT)) {
			case "asc" -> new ListOrder(field, false);
			case "desc" -> new ListOrder(field, true);
			default -> throw PublicRequestException.badRequest("browse.error.dir");
		};
	}

	public static boolean defaultDescending(ListOrder.Field field) {
		return field == ListOrder.Field.YEAR;
	}

	/** The value of {@code sort} for a field. */
	public static String name(ListOrder.Field field) {
		return field.name().toLowerCase(Locale.ROOT);
	}
}
