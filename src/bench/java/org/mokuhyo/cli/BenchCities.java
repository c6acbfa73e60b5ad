package org.mokuhyo.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;

/**
 * The made-up cities of the benchmarks that need many published sheets ({@code bench-portal}, {@code bench-open-data}):
 * for each of a number of municipalities (試験市0001 …, codes 990001 …) a number of departments of fiscal year 2024,
 * each a variant of the seed sheet, stored as published through the importer.
 */
final class BenchCities {

	static final int FISCAL_YEAR = 2024;

	static final int MAX_MUNICIPALITIES = 9999;

	/** Department names of every generated city; beyond them, numbered ones. The queries' facets name some. */
	static final List<String> DEPARTMENTS = List.of("総務部", "財務部", "市民協働部", "健康福祉部", "こども未来部", "環境部",
			"都市計画部", "上下水道部", "教育委員会事務局", "消防本部", "危機管理室", "産業振興部", "都市基盤部", "市民病院事務局", "会計室",
			"議会事務局", "選挙管理委員会事務局", "監査委員事務局", "人権文化政策室", "デジタル戦略室");

	/**
	 * Words written into each variant's goal titles, a different run of them per sheet, so that a query for one of
	 * them hits a part of the sheets rather than all or none.
	 */
	static final List<String> WORDS = List.of("防災", "子育て", "高齢者福祉", "環境保全", "脱炭素", "観光振興", "図書館", "公園整備",
			"デジタル化", "空き家対策", "交通安全", "健康づくり", "文化芸術", "スポーツ振興", "農業振興", "商店街", "移住定住", "男女共同参画",
			"障害者支援", "水道", "学校給食", "不登校", "生涯学習", "国際交流", "消防団", "地域医療", "介護予防", "就労支援", "財政健全化",
			"広報", "再生可能エネルギー", "母子保健", "防犯", "景観", "公共施設", "廃棄物削減");

	private static final String TITLE_END = "の推進</p>";

	/** Prime to the number of words: a sheet's titles get different words. */
	private static final int WORD_STEP = 5;


	/** Stores municipalities × departments variants as published, each its own transaction, on {@code threads}. */
	static int load(ImportService imports, String seedText, String seedDepartment, int municipalities,
			int departments, int threads) throws InterruptedException, ExecutionException {
		int total = municipalities * departments;
		AtomicLong next = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (int i = (int) next.getAndIncrement(); i < total; i = (int) next.getAndIncrement()) {
						int m = i / departments + 1;
						byte[] variant = variant(seedText, seedDepartment, department(i % departments), i)
							.getBytes(StandardCharsets.UTF_8);
						imports.importSheet(variant, "bench.txt",
								new ImportOptions(FISCAL_YEAR, municipality(m), municipalityCode(m)),
								ImportPermission.ANYONE, ImportAuthor.COMMAND_LINE.asPublished());
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return total;
	}

	/** The seed as {@code department}, each goal title ending in 「…の推進」 given a word of its own for sheet {@code i}. */
	static String variant(String seedText, String seedDepartment, String department, int i) {
		String text = seedText.replaceFirst("部局\t" + Pattern.quote(seedDepartment), "部局\t" + department);
		StringBuilder result = new StringBuilder(text.length() + 200);
		// where the run starts is drawn from the sheet's number, not its department's: every department gets every word
		int start = new Random(i).nextInt(WORDS.size());
		int from = 0;
		int k = 0;
		for (int at = text.indexOf(TITLE_END); at >= 0; at = text.indexOf(TITLE_END, from)) {
			String word = WORDS.get((start + WORD_STEP * k++) % WORDS.size());
			result.append(text, from, at).append("の推進（").append(word).append("）</p>");
			from = at + TITLE_END.length();
		}
		return result.append(text, from, text.length()).toString();
	}

	static String municipality(int m) {
		return "試験市%04d".formatted(m);
	}

	/** A made-up 6-digit code; real ones (全国地方公共団体コード) do not start with 99. */
	static String municipalityCode(int m) {
		return "99%04d".formatted(m);
	}

	static String department(int d) {
		return d < DEPARTMENTS.size() ? DEPARTMENTS.get(d) : "部局" + (d + 1);
	}

}
