package org.mokuhyo.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mokuhyo.kernel.CharDiff.Kind;
import org.mokuhyo.kernel.CharDiff.Run;

class CharDiffTest {

	@Test
	void marksTheChangedCharactersOfJapaneseText() {
		assertEquals(List.of(new Run(Kind.SAME, "参加者数"), new Run(Kind.REMOVED, "4"), new Run(Kind.ADDED, "5"),
				new Run(Kind.SAME, ",000人")), CharDiff.of("参加者数4,000人", "参加者数5,000人"));
		assertEquals(List.of(new Run(Kind.SAME, "市民公益活動"), new Run(Kind.ADDED, "推進"), new Run(Kind.SAME, "助成金")),
				CharDiff.of("市民公益活動助成金", "市民公益活動推進助成金"));
	}

	@Test
	void emptyAndNullTexts() {
		assertEquals(List.of(), CharDiff.of(null, ""));
		assertEquals(List.of(new Run(Kind.ADDED, "新規")), CharDiff.of(null, "新規"));
		assertEquals(List.of(new Run(Kind.REMOVED, "廃止")), CharDiff.of("廃止", null));
	}

	@Test
	void charactersOutsideTheBasicPlaneAreNotSplit() {
		assertEquals(List.of(new Run(Kind.REMOVED, "𠮷"), new Run(Kind.ADDED, "吉"), new Run(Kind.SAME, "野家")),
				CharDiff.of("𠮷野家", "吉野家"));
	}

	/** Whatever the texts, the runs rebuild both sides, and the kept part is a longest common subsequence. */
	@Test
	void theRunsRebuildBothTextsWithAMinimalScript() {
		Random random = new Random(42);
		String alphabet = "あいうえお市民協働";
		for (int round = 0; round < 300; round++) {
			String a = randomText(random, alphabet);
			String b = randomText(random, alphabet);
			List<Run> runs = CharDiff.of(a, b);
			StringBuilder before = new StringBuilder();
			StringBuilder after = new StringBuilder();
			int kept = 0;
			for (Run run : runs) {
				if (run.kind() != Kind.ADDED) {
					before.append(run.text());
				}
				if (run.kind() != Kind.REMOVED) {
					after.append(run.text());
				}
				if (run.kind() == Kind.SAME) {
					kept += run.text().length();
				}
			}
			assertEquals(a, before.toString());
			assertEquals(b, after.toString());
			assertEquals(lcs(a, b), kept, a + " → " + b);
		}
	}

	private static String randomText(Random random, String alphabet) {
		StringBuilder s = new StringBuilder();
		int n = random.nextInt(15);
		for (int i = 0; i < n; i++) {
			s.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return s.toString();
	}

	private static int lcs(String a, String b) {
		int[][] t = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
			}
		}
		return t[a.length()][b.length()];
	}
}
