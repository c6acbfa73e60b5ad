package org.mokuhyo.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs the entries of two years by content: every older × newer pair is scored, and the best pairs are taken first
 * while both of their entries are free and the score reaches the threshold (numbers and labels shift from year to
 * year, so position only breaks ties). The pairs come in the newer year's order, an entry only in the older year
 * right after the entry it followed there, as {@link SheetComparison} places removed lines.
 */
final class Alignment {

	private Alignment() {
	}

	/** An entry of either year or both; {@code score} is 0 for an entry of one year only. */
	record Pair<T>(T older, T newer, double score) {

		boolean kept() {
			return older != null && newer != null;
		}
	}

	static <T> List<Pair<T>> align(List<T> older, List<T> newer, ToDoubleBiFunction<T, T> score, double threshold) {
		record Candidate(int i, int j, double score) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < older.size(); i++) {
			for (int j = 0; j < newer.size(); j++) {
				double s = score.applyAsDouble(older.get(i), newer.get(j));
				if (s >= threshold) {
					candidates.add(new Candidate(i, j, s));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score)
			.reversed()
			.thenComparingInt(c -> Math.abs(c.i() - c.j()))
			.thenComparingInt(Candidate::i));
		int[] newerOf = new int[older.size()];
		int[] olderOf = new int[newer.size()];
		double[] scoreOf = new double[newer.size()];
		java.util.Arrays.fill(newerOf, -1);
		java.util.Arrays.fill(olderOf, -1);
		for (Candidate c : candidates) {
			if (newerOf[c.i()] < 0 && olderOf[c.j()] < 0) {
				newerOf[c.i()] = c.j();
				olderOf[c.j()] = c.i();
				scoreOf[c.j()] = c.score();
			}
		}
		// an older entry without a partner goes after the last older entry before it that has one
		Map<Integer, List<T>> droppedAfter = new LinkedHashMap<>();
		int anchor = -1;
		for (int i = 0; i < older.size(); i++) {
			if (newerOf[i] >= 0) {
				anchor = newerOf[i];
			}
			else {
				droppedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(older.get(i));
			}
		}
		List<Pair<T>> pairs = new ArrayList<>();
		droppedAfter.getOrDefault(-1, List.of()).forEach(o -> pairs.add(new Pair<>(o, null, 0)));
		for (int j = 0; j < newer.size(); j++) {
			T o = olderOf[j] < 0 ? null : older.get(olderOf[j]);
			pairs.add(new Pair<>(o, newer.get(j), o == null ? 0 : scoreOf[j]));
			droppedAfter.getOrDefault(j, List.of()).forEach(d -> pairs.add(new Pair<>(d, null, 0)));
		}
		return List.copyOf(pairs);
	}
}
