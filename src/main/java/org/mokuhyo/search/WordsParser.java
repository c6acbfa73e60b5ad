package org.mokuhyo.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.mokuhyo.kernel.JapaneseText;

/**
 * The words someone typed as a query over every text field. Lucene's simple syntax, which never fails on what a
 * person types: words separated by spaces (全角 too) are all required; "…" is a phrase, a leading - excludes, |
 * offers alternatives. A word is a phrase of the parts kuromoji cuts it into, so 助成金 (助成 + 金) finds
 * 市民公益活動推進助成金 and not every 助成 next to some other 金. No prefix, fuzzy or grouping syntax: parentheses and
 * asterisks are ordinary text in sheets.
 */
final class WordsParser extends SimpleQueryParser {

	private static final int FLAGS = PHRASE_OPERATOR | NOT_OPERATOR | OR_OPERATOR | WHITESPACE_OPERATOR;

	WordsParser(Analyzer analyzer) {
		super(analyzer, weights(), FLAGS);
		setDefaultOperator(BooleanClause.Occur.MUST);
	}

	/** The query, or null when the text holds nothing searchable (only punctuation, say). */
	Query words(String text) {
		// full-width spaces, quotes and operators (＂ － ｜) read as their ASCII forms
		return parse(JapaneseText.foldWidth(text).replace('“', '"').replace('”', '"'));
	}

	@Override
	protected Query newDefaultQuery(String text) {
		return newPhraseQuery(text, 0);
	}

	@Override
	protected Query newPhraseQuery(String text, int slop) {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder();
		for (Map.Entry<String, Float> field : weights.entrySet()) {
			Query phrase = createPhraseQuery(field.getKey(), text, slop);
			if (phrase != null) {
				anyField.add(new BoostQuery(phrase, field.getValue()), BooleanClause.Occur.SHOULD);
			}
		}
		return simplify(anyField.build());
	}

	private static Map<String, Float> weights() {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (MatchedField field : MatchedField.values()) {
			weights.put(field.field(), field.weight());
		}
		return weights;
	}
}
