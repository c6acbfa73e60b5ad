package org.mokuhyo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a search word finds, through the index's own analysis and query parsing: compounds cut by kuromoji,
 * full-width and half-width forms, katakana long vowels, numbers with and without separators.
 */
class JapaneseMatchingTest {

	private static final List<String> TEXTS = List.of(
			"消費者教育の推進及び特殊詐欺被害防止啓発に取り組みます。",
			"市民公益活動推進助成金(夢基金)の活用",
			"助成の基金を見直します",
			"ｻｷﾞ被害の相談窓口",
			"よりよい市民窓口サービスが提供できるよう、ＩＣＴの活用等を図ります。",
			"通年実施、出前講座等参加者数4,000人",
			"コンピューター講習会の開催",
			"女性活躍・働き方改革の推進",
			"地域自治組織の設置に向けた支援");

	private static ByteBuffersDirectory directory;

	private static DirectoryReader reader;

	@BeforeAll
	static void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer()))) {
			for (String text : TEXTS) {
				Document doc = new Document();
				doc.add(new TextField(MatchedField.ACTION.field(), text, Field.Store.YES));
				doc.add(new StoredField("text", text));
				writer.addDocument(doc);
			}
		}
		reader = DirectoryReader.open(directory);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		directory.close();
	}

	private static List<String> find(String words) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		List<String> found = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(new WordsParser(new SearchAnalyzer()).words(words), 100).scoreDocs) {
			found.add(searcher.storedFields().document(hit.doc).get("text"));
		}
		return found;
	}

	@Test
	void aWordFindsTheCompoundsItIsPartOf() throws IOException {
		assertThat(find("詐欺")).containsExactly(TEXTS.get(0));
		assertThat(find("被害防止")).containsExactly(TEXTS.get(0));
		assertThat(find("公益活動")).containsExactly(TEXTS.get(1));
		assertThat(find("地域自治")).containsExactly(TEXTS.get(8));
	}

	@Test
	void aWordCutInPartsIsSearchedAsAPhrase() throws IOException {
		// 助成金 is cut into 助成 + 金: they must stand together, so 助成の基金 is not a hit
		assertThat(find("助成金")).containsExactly(TEXTS.get(1));
		assertThat(find("夢基金")).containsExactly(TEXTS.get(1));
	}

	@Test
	void halfWidthAndFullWidthFormsAreOne() throws IOException {
		assertThat(find("サギ")).containsExactly(TEXTS.get(3));
		assertThat(find("ｻｷﾞ")).containsExactly(TEXTS.get(3));
		assertThat(find("ICT")).containsExactly(TEXTS.get(4));
		assertThat(find("ict")).containsExactly(TEXTS.get(4));
		assertThat(find("ＩＣＴ")).containsExactly(TEXTS.get(4));
		assertThat(find("ｻｰﾋﾞｽ")).containsExactly(TEXTS.get(4));
	}

	@Test
	void numbersWithOrWithoutSeparatorsAndInFullWidth() throws IOException {
		assertThat(find("4000人")).containsExactly(TEXTS.get(5));
		assertThat(find("4,000人")).containsExactly(TEXTS.get(5));
		assertThat(find("４，０００人")).containsExactly(TEXTS.get(5));
		assertThat(find("参加者数")).containsExactly(TEXTS.get(5));
	}

	@Test
	void katakanaLongVowelsAreOne() throws IOException {
		assertThat(find("コンピュータ")).containsExactly(TEXTS.get(6));
		assertThat(find("コンピューター")).containsExactly(TEXTS.get(6));
	}

	@Test
	void punctuationBetweenWordsIsNotNeeded() throws IOException {
		assertThat(find("女性活躍働き方改革")).containsExactly(TEXTS.get(7));
		assertThat(find("女性活躍・働き方改革")).containsExactly(TEXTS.get(7));
	}

	@Test
	void everyWordIsRequiredAndAMinusExcludes() throws IOException {
		assertThat(find("市民 活用")).containsExactlyInAnyOrder(TEXTS.get(1), TEXTS.get(4));
		assertThat(find("市民　活用")).containsExactlyInAnyOrder(TEXTS.get(1), TEXTS.get(4)); // full-width space
		assertThat(find("市民 活用 -ICT")).containsExactly(TEXTS.get(1));
		assertThat(find("助成金 | 詐欺")).containsExactlyInAnyOrder(TEXTS.get(0), TEXTS.get(1));
		assertThat(find("\"特殊詐欺\"")).containsExactly(TEXTS.get(0));
	}

	@Test
	void nothingSearchableFindsNothing() throws IOException {
		assertThat(find("、。")).isEmpty();
		assertThat(find("存在しない語句")).isEmpty();
	}
}
