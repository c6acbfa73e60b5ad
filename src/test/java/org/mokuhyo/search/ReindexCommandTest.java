package org.mokuhyo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.cli.JarRun;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code java -jar mokuhyo.jar reindex} as an operator runs it, in a process of its own on the tests' database: it
 * builds the index from the published sheets where no server holds it, and asks the server to when one does.
 */
@IntegrationTest
class ReindexCommandTest {

	@TempDir
	Path dir;

	@Autowired
	DataSource dataSource;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	SearchIndex index;

	@Test
	void rebuildsTheIndexFromThePublishedSheets() throws Exception {
		Publish.publish(workflows, store.save(SampleSheets.full("索引再構築部", 2024), List.of(), "r.txt").id());
		store.save(SampleSheets.full("索引再構築部", 2023), List.of(), "d.txt"); // a draft: not indexed
		int published = workflows.publishedSheets(null, null).size();

		JarRun run = run(List.of(), List.of("reindex"));

		assertThat(run.exit()).as(run.err()).isZero();
		Path built = dir.resolve("data/index");
		assertThat(run.out()).contains("検索の索引を作り直しました: 公表済みのシート " + published + " 件")
			.contains(built.getFileName().toString());
		try (var directory = FSDirectory.open(built); DirectoryReader reader = DirectoryReader.open(directory)) {
			assertThat(new IndexSearcher(reader).count(new TermQuery(new Term(SheetDocuments.KIND, HitKind.SHEET.name()))))
				.isEqualTo(published);
			assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
				.containsEntry(SearchIndex.FORMAT_KEY, SearchIndex.FORMAT);
		}
	}

	@Test
	void asksTheServerWhenItHoldsTheIndex() throws Exception {
		assertThat(index.servedHere()).isTrue();
		JarRun run = run(List.of("-Dmokuhyo.search.index-dir=" + index.directory()), List.of("reindex"));
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("動いているサーバーが使っているため、サーバーに作り直しを依頼しました");
	}

	@Test
	void takesNoArguments() throws Exception {
		JarRun run = run(List.of(), List.of("reindex", "extra"));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("reindex は引数をとりません").contains("使い方");
	}

	private JarRun run(List<String> jvmOptions, List<String> args) throws Exception {
		List<String> options = new ArrayList<>(JarRun.database(dataSource));
		options.addAll(jvmOptions);
		return JarRun.of(dir, options, args);
	}
}
