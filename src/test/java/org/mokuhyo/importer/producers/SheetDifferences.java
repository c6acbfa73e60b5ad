package org.mokuhyo.importer.producers;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two sheets, field by field, as lines {@code annualGoals[2].items[0].actions[1].text: "a" ≠
 * "b"}; storage identity (ids, version) left out. Records are walked by their components, so a field added to the
 * model is compared without changing this.
 */
public final class SheetDifferences {

	private static final Set<String> IGNORED = Set.of("id", "version");

	private SheetDifferences() {
	}

	public static List<String> between(Object expected, Object actual) {
		List<String> out = new ArrayList<>();
		compare("", expected, actual, out);
		return out;
	}

	/** A difference cut to its path and its first 300 characters, so a failing test's message stays readable. */
	public static String brief(String difference) {
		return difference.length() <= 300 ? difference : difference.substring(0, 300) + " …";
	}

	private static void compare(String path, Object a, Object b, List<String> out) {
		if (a == null || b == null) {
			if (!Objects.equals(a, b)) {
				out.add(path + ": " + show(a) + " ≠ " + show(b));
			}
			return;
		}
		if (a instanceof List<?> la && b instanceof List<?> lb) {
			// element by element as far as both go, then what one has beyond the other: the first wrong element is
			// then named by its path, not buried in two printed lists
			for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
				compare(path + "[" + i + "]", la.get(i), lb.get(i), out);
			}
			if (la.size() != lb.size()) {
				List<?> extra = la.size() > lb.size() ? la.subList(lb.size(), la.size()) : lb.subList(la.size(), lb.size());
				out.add(path + ": " + la.size() + " items ≠ " + lb.size() + " items, "
						+ (la.size() > lb.size() ? "missing " : "extra ") + brief(String.valueOf(extra)));
			}
			return;
		}
		if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
			for (RecordComponent c : a.getClass().getRecordComponents()) {
				if (IGNORED.contains(c.getName())) {
					continue;
				}
				try {
					compare((path.isEmpty() ? "" : path + ".") + c.getName(), c.getAccessor().invoke(a),
							c.getAccessor().invoke(b), out);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
			return;
		}
		if (a instanceof java.math.BigDecimal da && b instanceof java.math.BigDecimal db) {
			if (da.compareTo(db) != 0) {
				out.add(path + ": " + da + " ≠ " + db);
			}
			return;
		}
		if (!a.equals(b)) {
			out.add(path + ": " + show(a) + " ≠ " + show(b));
		}
	}

	private static String show(Object o) {
		return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
	}
}
