package org.mokuhyo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
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

		Run run = run(List.of(), List.of("reindex"));

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
		Run run = run(List.of("-Dmokuhyo.search.index-dir=" + index.directory()), List.of("reindex"));
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("動いているサーバーが使っているため、サーバーに作り直しを依頼しました");
	}

	@Test
	void takesNoArguments() throws Exception {
		Run run = run(List.of(), List.of("reindex", "extra"));
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("reindex は引数をとりません").contains("使い方");
	}

	private Run run(List<String> jvmOptions, List<String> args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Djava.io.tmpdir=" + dir);
		command.add("-Dspring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl());
		command.add("-Dspring.datasource.username=postgres");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
		command.add("org.mokuhyo.MokuhyoApplication");
		command.addAll(args);
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + args);
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Run(int exit, String out, String err) {
	}
}
