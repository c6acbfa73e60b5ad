package org.mokuhyo.workbook;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year's workbook for staff: the current version of every department's sheet of the fiscal year (drafts
 * included: progress is reported on the year's sheet whatever its state) with the progress of each quarter. The
 * public gets no workbook: progress is for staff only; the year's published data is the open data's. Sheets are read
 * one at a time, twice (first for the number of target columns), inside one repeatable-read transaction so both
 * passes see the same sheets.
 */
@Service
public class YearWorkbooks {

	/** Content type of an .xlsx file. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SheetStore store;

	private final Progresses progresses;

	private final TransactionTemplate consistentRead;

	YearWorkbooks(SheetStore store, Progresses progresses, PlatformTransactionManager transactions) {
		this.store = store;
		this.progresses = progresses;
		this.consistentRead = new TransactionTemplate(transactions);
		this.consistentRead.setReadOnly(true);
		this.consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** A download name: 進行管理_2024年度.xlsx. */
	public static String fileName(int fiscalYear) {
		return "進行管理_" + fiscalYear + "年度.xlsx";
	}

	/**
	 * Writes the workbook of the fiscal year to {@code out} (not closed): the sheets of {@code municipality}, or of
	 * every municipality when it is null (the command line, the benchmark).
	 *
	 * @return the number of action rows
	 */
	public int write(int fiscalYear, String municipality, OutputStream out) {
		Integer rows = consistentRead.execute(status -> {
			List<SheetSummary> sheets = store.list(fiscalYear, null).stream()
				.filter(s -> municipality == null || municipality.equals(s.municipality()))
				.toList();
			int slots = 0;
			for (SheetSummary summary : sheets) {
				Optional<SheetData> sheet = store.find(summary.id());
				if (sheet.isPresent()) {
					slots = Math.max(slots, mostTargets(sheet.get()));
				}
			}
			try (YearWorkbookWriter writer = new YearWorkbookWriter(slots)) {
				for (SheetSummary summary : sheets) {
					Optional<SheetData> sheet = store.find(summary.id());
					if (sheet.isEmpty()) {
						continue;
					}
					Map<Integer, Map<UUID, ActionProgress>> progress = new HashMap<>();
					for (int q = 1; q <= 4; q++) {
						progress.put(q, progresses.of(summary.id(), q));
					}
					writer.add(sheet.get(), progress);
				}
				writer.finish(out);
				return writer.rows();
			}
		});
		return rows == null ? 0 : rows;
	}

	private static int mostTargets(SheetData sheet) {
		int most = 0;
		for (AnnualGoal goal : sheet.annualGoals()) {
			for (GoalItem item : goal.items()) {
				for (Action action : item.actions()) {
					most = Math.max(most, Progresses.targets(action).size());
				}
			}
		}
		return most;
	}
}
