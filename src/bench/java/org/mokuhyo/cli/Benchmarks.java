package org.mokuhyo.cli;

import java.util.List;
import java.util.Set;

import org.mokuhyo.MokuhyoApplication;

/**
 * The benchmarks' command line, outside the product jar (src/bench, compiled with the tests): run by
 * {@code ./bench.sh bench-edits --seconds 5} (see the README), in a JVM of its own on the test class path. Same
 * arguments, exit statuses and usage text as the product's verbs.
 */
public final class Benchmarks {

	static final List<Verb> VERBS = List.of(
			new BenchVerb("bench", """
					  ./bench.sh bench [見本ファイル] [--sheets 1000] [--clients 16] [--seconds 5]
					      [--load-generator auto|wrk|java] [--requests 4000]
					      使い捨てのデータベースで取込みと表示の速さを測り、結果を出します。
					""", Set.of("sheets", "clients", "requests", "import-threads", "seconds", "load-generator"),
					(application, out) -> new Benchmark(application, out)::run),
			new BenchVerb("bench-edits", """
					  ./bench.sh bench-edits [見本ファイル] [--seconds 60] [--departments 50]
					      [--users-per-department 20] [--versions 1000] [--comparisons 500]
					      使い捨てのデータベースで、大勢が同時に編集を保存する速さ、失われた更新の数（0 でなければ終了コード 1）、
					      版の多いシートの比較・版の一覧の速さを測り、結果を出します。
					""", Set.of("seconds", "departments", "users-per-department", "versions", "comparisons"),
					(application, out) -> new EditBenchmark(application, out)::run),
			new BenchVerb("bench-portal", """
					  ./bench.sh bench-portal [見本ファイル] [--municipalities 1741] [--departments 20] [--queries 100]
					      [--coverage-requests 200] [--coverage-path /browse/plan] [--import-threads 2]
					      使い捨てのデータベースに多数の市区町村・部局の公表済みシートを作り、検索の索引を作る速さ、検索 API と
					      市全体の対応状況のページの応答時間を測り、目標と並べて出します。
					""", Set.of("municipalities", "departments", "queries", "coverage-requests", "coverage-path",
					"import-threads"), (application, out) -> new PortalBenchmark(application, out)::run),
			new BenchVerb("bench-open-data", """
					  ./bench.sh bench-open-data [見本ファイル] [--municipalities 1741] [--departments 20]
					      使い捨てのデータベースに公表済みのシートを作り、1年度分の CSV を書き出す速さと最大ヒープを測ります。
					""", Set.of("municipalities", "departments", "import-threads"), (application, out) -> new OpenDataBenchmark(application, out)::run),
			new BenchVerb("bench-exchange", """
					  ./bench.sh bench-exchange [見本ファイル] [--sheets 1000]
					      使い捨てのデータベースで、シートを .xlsx と JSON で書き出す速さと取り込む速さ（シート/秒）、
					      年度の一覧表の書き出しと進捗の取込みの速さ、それぞれの最大ヒープを測ります。
					""", Set.of("sheets"), (application, out) -> new ExchangeBenchmark(application, out)::run));

	private Benchmarks() {
	}

	public static void main(String[] args) {
		System.exit(CommandLine.run(MokuhyoApplication.class, args, VERBS));
	}
}
