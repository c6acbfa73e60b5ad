package org.mokuhyo.search;

import java.io.Reader;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * The one analysis of indexed text and of queries, so both read alike:
 * <ol>
 * <li>NFKC with case folding (ICU {@code nfkc_cf}) before the words are cut: ｻｷﾞ is サギ, ＩＣＴ is ict, ４ is 4;
 * kuromoji cuts half-width katakana badly, so this must come first;</li>
 * <li>thousands separators dropped between digits, so 4,000 and 4000 are one word;</li>
 * <li>kuromoji in search mode, which also cuts long compounds: 特殊詐欺被害防止 → 特殊 詐欺 被害 防止, so 詐欺 finds it
 * (punctuation dropped without leaving a gap, so 女性活躍・働き方 and 女性活躍働き方 read alike);</li>
 * <li>base forms (推進します reads as 推進 する) and the katakana long-vowel stem (コンピューター = コンピュータ).</li>
 * </ol>
 * Hiragana is not folded into katakana: kuromoji cuts さぎ and サギ differently, so such a fold would not match anyway.
 * Numbers are left as written (JapaneseNumberFilter would read 5-1-(3) as 513).
 */
final class SearchAnalyzer extends Analyzer {

	private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

	private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9]),(?=[0-9]{3})");

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new PatternReplaceCharFilter(THOUSANDS, "", new ICUNormalizer2CharFilter(reader, NFKC_CASE_FOLD));
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
		TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
		stream = new JapaneseKatakanaStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}
}
