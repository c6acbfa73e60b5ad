package org.mokuhyo.history;

import java.util.HashSet;
import java.util.Set;

import org.mokuhyo.kernel.JapaneseText;

/**
 * How alike two texts read, from 0 to 1: the Dice coefficient of their character bigrams. Japanese has no spaces
 * between words, so words are no unit; bigrams of the text without labels, spaces and punctuation survive reordering
 * and small rewordings, and full- and half-width forms count alike ({@link JapaneseText#normalize}).
 */
final class Similarity {

	private Similarity() {
	}

	static double of(String a, String b) {
		return dice(bigrams(a), bigrams(b));
	}

	/** 1 for two empty sets (nothing to tell apart), 0 when only one is empty. */
	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		long shared = small.stream().filter(large::contains).count();
		return 2.0 * shared / (a.size() + b.size());
	}

	/** The text's bigrams; a text of one character is its own "bigram", so it still matches itself. */
	static Set<String> bigrams(String text) {
		int[] cps = letters(text);
		Set<String> grams = new HashSet<>();
		if (cps.length == 1) {
			grams.add(new String(cps, 0, 1));
		}
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		return grams;
	}

	/** Whether the texts read the same once width, spacing and punctuation are set aside. */
	static boolean same(String a, String b) {
		return java.util.Arrays.equals(letters(a), letters(b));
	}

	/** Letters and digits only (kana, kanji and ー are letters; ① and punctuation are not), lower case. */
	private static int[] letters(String text) {
		if (text == null) {
			return new int[0];
		}
		return JapaneseText.normalize(text)
			.codePoints()
			.filter(Character::isLetterOrDigit)
			.map(Character::toLowerCase)
			.toArray();
	}
}
