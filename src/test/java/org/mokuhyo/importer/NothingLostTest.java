package org.mokuhyo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mokuhyo.kernel.JapaneseText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every content phrase of the source lands in some field of the sheet JSON. Phrases are the source text cut at
 * markup, tabs, labels, brackets and spaces; headings, column titles, markers and placeholders are not content.
 */
public class NothingLostTest {

	private static final Pattern CUT = Pattern.compile(
			"<[^>]+>|\\t|[(（][0-9０-９]{1,2}[)）]|[0-9]{1,2}\\)|[\\u2460-\\u2473]|[()（）\\[\\]［］【】]|[\\s\\u3000]+|[、，,。：:～~〜・○]");

	/** Words of the form itself, not content. */
	private static final Set<String> FORM_WORDS = Set.of("部局", "補職", "氏名", "方針", "取り組みの総括", "No", "当年度目標", "当初設定",
			"実績", "取組み事項及びその内容", "スケジュール", "取組みを行った内容", "成果", "課題", "今後の方向性", "総合計画", "基本政策", "今年度末に記載",
			"取組み事項及び取組みにあたっての課題", "めざす成果など", "工程", "重点", "----", "-------");

	private static final Pattern HEADING = Pattern.compile("^(#+\\s*.*|[0-9]+\\.\\s.*)$");

	@Test
	void everyPhraseOfTheSeedIsInTheExport() {
		assertNothingLost(SeedFixture.text());
	}

	static void assertNothingLost(String source) {
		ImportResult result = SheetImporter.standard().parse(source.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"seed.txt", new ImportOptions(null, "豊中市", null));
		String json = JsonMapper.builder().build().writeValueAsString(result.sheet());
		// codes are stored normalised (３－３－ as 3-3-): compare with full-width forms folded on both sides
		String haystack = JapaneseText.foldWidth(String.join("\n", values(JsonMapper.builder().build().readTree(json))));
		List<String> missing = phrases(source).stream().filter(p -> !haystack.contains(JapaneseText.foldWidth(p))).toList();
		assertThat(missing).as("source phrases found in no field of the sheet JSON").isEmpty();
	}

	/** The content phrases of a source text: what must reach the JSON and the page. */
	public static List<String> phrases(String source) {
		List<String> out = new ArrayList<>();
		for (String line : source.split("\n")) {
			if (HEADING.matcher(line.strip()).matches()) {
				continue;
			}
			for (String phrase : CUT.split(line.replace("&nbsp;", " "))) {
				String p = phrase.strip();
				if (p.length() >= 2 && !FORM_WORDS.contains(p) && !p.matches("[-0-9０-９]+")) {
					out.add(p);
				}
			}
		}
		return out;
	}

	private static List<String> values(JsonNode node) {
		List<String> out = new ArrayList<>();
		if (node.isObject() || node.isArray()) {
			for (JsonNode child : node) {
				out.addAll(values(child));
			}
		}
		else if (!node.isNull()) {
			out.add(node.asString());
		}
		return out;
	}
}
