package org.mokuhyo.importer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.importer.read.ReadBudget;
import org.mokuhyo.sheet.AnnualGoal;

/**
 * More than 2,000 generated inputs ({@link FuzzCorpus}: the sample in every format, mutated, and the bombs) through
 * the importer in-process. Each either imports or is refused with a documented code; nothing else is thrown. The
 * work each did is bounded by its counters, not by a clock: no input read more pages, glyphs, lines or cells, or
 * searched more cells, than the read budget allows without being refused for exactly that. With
 * {@code -Dmokuhyo.fuzz.report=true} (the README's fuzz command) it also samples the heap and prints the figures.
 */
class ImportFuzzTest {

	/** Mutations per seed format: the quick formats get more. */
	static final Map<String, Integer> MUTATIONS = Map.of("text", 420, "text-plain", 300, "layout", 250, "viewer", 200,
			"xlsx-clerk", 200, "xlsx-export", 180, "docx", 250, "pdf", 200);

	private static final ImportOptions OPTIONS = new ImportOptions(null, "豊中市", "272035", false);

	@Test
	void everyInputImportsOrIsRefusedWithADocumentedCodeWithinItsBudget() {
		Iterable<FuzzCorpus.Input> inputs = FuzzCorpus.generate(FuzzCorpus.seeds(), MUTATIONS, 13);
		int count = 0;
		boolean report = Boolean.getBoolean("mokuhyo.fuzz.report");
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> unexpected = new ArrayList<>();
		List<String> overBudget = new ArrayList<>();
		long worstNanos = 0;
		String worstInput = null;
		long peakHeap = 0;
		String peakInput = null;
		for (FuzzCorpus.Input input : inputs) {
			count++;
			ReadBudget budget = ReadBudget.standard();
			HeapSampler heap = report ? HeapSampler.start() : null;
			long started = System.nanoTime();
			String outcome;
			try {
				ImportResult result = SheetImporter.standard().parse(input.content(), input.name(), OPTIONS, budget);
				outcome = "imported";
				checkBounded(input, result, overBudget);
			}
			catch (ImportRejectedException ex) {
				outcome = ex.code();
				if (!ImportRejectedException.FILE_CODES.contains(ex.code())) {
					unexpected.add(input.name() + ": undocumented code " + ex.code());
				}
				if (ex.getMessage() == null || ex.getMessage().isBlank() || ex.getMessage().contains("Exception")) {
					unexpected.add(input.name() + ": refusal without a person's message: " + ex.getMessage());
				}
			}
			catch (Throwable ex) {
				outcome = "UNEXPECTED";
				StringWriter trace = new StringWriter();
				ex.printStackTrace(new PrintWriter(trace));
				unexpected.add(input.name() + ": " + trace.toString().lines().limit(8).toList());
			}
			long nanos = System.nanoTime() - started;
			if (heap != null) {
				long used = heap.stop();
				if (used > peakHeap) {
					peakHeap = used;
					peakInput = input.name();
				}
			}
			if (nanos > worstNanos) {
				worstNanos = nanos;
				worstInput = input.name();
			}
			outcomes.merge(outcome, 1, Integer::sum);
			checkCounters(input, budget, outcome, overBudget);
		}
		System.out.printf("FUZZ inputs=%d outcomes=%s worst=%s %d ms%s%n", count, outcomes, worstInput,
				worstNanos / 1_000_000, report ? " peakHeap=" + peakInput + " " + (peakHeap >> 20) + " MB" : "");
		assertThat(count).isGreaterThanOrEqualTo(2_000);
		assertThat(unexpected).as("inputs that failed otherwise than with a documented refusal").isEmpty();
		assertThat(overBudget).as("inputs that did more work than the budget allows").isEmpty();
		// the corpus reaches both ends: sheets that import, and each kind of budget refusal
		assertThat(outcomes).containsKeys("imported", "TOO_LARGE", "TOO_MANY_LINES", "TOO_MANY_CELLS", "TOO_MANY_PAGES",
				"TOO_COMPLEX", "PDF_UNREADABLE", "NOT_A_SHEET");
		assertThat(outcomes.get("imported")).isGreaterThan(count / 4);
	}

	/** A counter over its limit is only allowed on the input refused for that very limit. */
	private static void checkCounters(FuzzCorpus.Input input, ReadBudget b, String outcome, List<String> over) {
		check(input, b.charsRead() > ReadBudget.MAX_CHARS, "TOO_LARGE", outcome, "chars " + b.charsRead(), over);
		check(input, b.linesRead() > ReadBudget.MAX_LINES, "TOO_MANY_LINES", outcome, "lines " + b.linesRead(), over);
		check(input, b.cellsMade() > ReadBudget.MAX_CELLS, "TOO_MANY_CELLS", outcome, "cells " + b.cellsMade(), over);
		check(input, b.pagesRead() > ReadBudget.MAX_PAGES, "TOO_MANY_PAGES", outcome, "pages " + b.pagesRead(), over);
		check(input, b.glyphsRead() > ReadBudget.MAX_GLYPHS, "TOO_COMPLEX", outcome, "glyphs " + b.glyphsRead(), over);
		check(input, b.rulingsRead() > ReadBudget.MAX_RULINGS, "TOO_COMPLEX", outcome, "rules " + b.rulingsRead(), over);
		check(input, b.operatorsRun() > ReadBudget.MAX_OPERATORS, "TOO_COMPLEX", outcome, "operators", over);
		check(input, b.cellSearchDone() > ReadBudget.MAX_CELL_SEARCH, "TOO_COMPLEX", outcome, "cell search", over);
	}

	private static void check(FuzzCorpus.Input input, boolean exceeded, String code, String outcome, String what,
			List<String> over) {
		if (exceeded && !code.equals(outcome)) {
			over.add(input.name() + ": " + what + " but " + outcome);
		}
	}

	/** What an imported input became is bounded too: no more goals, items and actions than cells read. */
	private static void checkBounded(FuzzCorpus.Input input, ImportResult result, List<String> over) {
		long parts = 0;
		for (AnnualGoal goal : result.sheet().annualGoals()) {
			parts += 1 + goal.items().size() + goal.items().stream().mapToLong(i -> i.actions().size()).sum();
		}
		parts += result.sheet().midTermGoals().size();
		if (parts > ReadBudget.MAX_CELLS) {
			over.add(input.name() + ": " + parts + " goals, items and actions");
		}
	}

	/** The used heap sampled every millisecond from a GC'd start: an upper bound of what one input needs. */
	private static final class HeapSampler {

		private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

		private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

		private final long baseline;

		private final AtomicLong peak;

		private HeapSampler() {
			System.gc();
			baseline = MEMORY.getHeapMemoryUsage().getUsed();
			peak = new AtomicLong(baseline);
			sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max),
					0, 1, TimeUnit.MILLISECONDS);
		}

		static HeapSampler start() {
			return new HeapSampler();
		}

		long stop() {
			sampler.shutdownNow();
			return Math.max(0, peak.get() - baseline);
		}
	}
}
