package org.mokuhyo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mokuhyo.importer.read.DocumentReader;
import org.mokuhyo.importer.read.DocxSheetReader;
import org.mokuhyo.importer.read.LayoutTextReader;
import org.mokuhyo.importer.read.PdfSheetReader;
import org.mokuhyo.importer.read.ReadBudget;
import org.mokuhyo.importer.read.SourceDocument;
import org.mokuhyo.importer.read.SourceCell;
import org.mokuhyo.importer.read.SourceRow;
import org.mokuhyo.importer.read.SourceText;
import org.mokuhyo.importer.read.TextSheetReader;
import org.mokuhyo.importer.read.XlsxSheetReader;
import org.mokuhyo.importer.structure.SheetStructurer;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.FiscalSpan;
import org.mokuhyo.sheet.FiscalSpanParser;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.MidTermStep;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetLimits;
import org.mokuhyo.sheet.SheetWarning;

/**
 * Parses a published goal sheet into the structured model. Pure: stores nothing, needs no Spring context, so the
 * {@code convert} verb runs it without a database.
 */
public final class SheetImporter {

	/** Inputs above this size are refused before reading. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Fiscal years outside this range are typing mistakes, not sheets. */
	static final int MIN_FISCAL_YEAR = 1989;

	static final int MAX_FISCAL_YEAR = 2200;

	private final List<DocumentReader> readers;

	private final SheetStructurer structurer = new SheetStructurer();

	private SheetImporter(List<DocumentReader> readers) {
		this.readers = List.copyOf(readers);
	}

	public static SheetImporter standard() {
		return new SheetImporter(List.of(new PdfSheetReader(), new DocxSheetReader(), new XlsxSheetReader(),
				new LayoutTextReader(), new TextSheetReader()));
	}

	/**
	 * @throws ImportRejectedException when the input is not a readable goal sheet
	 */
	public ImportResult parse(byte[] content, String fileName, ImportOptions options) {
		return parse(content, fileName, options, ReadBudget.standard());
	}

	/**
	 * As {@link #parse(byte[], String, ImportOptions)}, charging the reading to {@code budget} (whose counters say
	 * afterwards what the document cost).
	 *
	 * @throws ImportRejectedException when the input is not a readable goal sheet or costs more than the budget
	 */
	public ImportResult parse(byte[] content, String fileName, ImportOptions options, ReadBudget budget) {
		if (content == null || content.length == 0) {
			throw new ImportRejectedException("EMPTY", "ファイルが空です。");
		}
		if (content.length > MAX_BYTES) {
			throw new ImportRejectedException("TOO_LARGE",
					"ファイルが大きすぎます（上限 10 MB、指定されたファイルは " + (content.length / (1024 * 1024)) + " MB）。");
		}
		if (options.fiscalYear() != null
				&& (options.fiscalYear() < MIN_FISCAL_YEAR || options.fiscalYear() > MAX_FISCAL_YEAR)) {
			throw new ImportRejectedException("INVALID_FISCAL_YEAR",
					"年度の指定が正しくありません（" + options.fiscalYear() + "）。西暦で指定してください（例: 2024）。");
		}
		DocumentReader reader = readers.stream().filter(r -> r.accepts(content, fileName)).findFirst().orElseThrow();
		// one normalisation for every reader, before any structure is looked for
		SourceDocument document = SourceText.normalize(reader.read(content, fileName, budget));
		if (document.rows().stream().allMatch(SourceRow::isBlank)) {
			throw new ImportRejectedException("EMPTY", "ファイルに内容がありません。");
		}
		SheetStructurer.Structured s = structurer.structure(document);
		budget.checkTime();
		List<SheetWarning> warnings = new ArrayList<>(s.warnings());
		FiscalYearFinding inferred = s.fiscalYear() != null
				? new FiscalYearFinding(s.fiscalYear(), "DOCUMENT_HEADER",
						"文書の「年度」欄（" + Era.fiscalYearLabel(s.fiscalYear()) + "）", 1)
				: inferFiscalYear(s.midTermGoals(), document);
		if (s.municipality() != null && options.municipality() != null
				&& !s.municipality().strip().equals(options.municipality().strip())) {
			warnings.add(new SheetWarning(1, null, "MUNICIPALITY_MISMATCH", "文書の自治体（" + s.municipality()
					+ "）と取込み先の自治体（" + options.municipality() + "）が異なります。取込み先として保存します", null));
		}
		int fiscalYear;
		String source;
		String note;
		if (options.fiscalYear() != null) {
			fiscalYear = options.fiscalYear();
			source = "PARAMETER";
			note = "指定された年度";
			if (inferred != null && inferred.year() != fiscalYear) {
				warnings.add(new SheetWarning(inferred.line(), null, "FISCAL_YEAR_MISMATCH",
						"指定された年度（" + fiscalYear + "）と文書から読み取れる年度（" + inferred.year() + "）が異なります",
						null));
			}
		}
		else if (inferred != null) {
			fiscalYear = inferred.year();
			source = inferred.source();
			note = inferred.note();
		}
		else {
			throw new ImportRejectedException("FISCAL_YEAR_UNKNOWN",
					"文書から年度を読み取れませんでした。年度を指定してください（例: 2024）。");
		}
		SheetData read = new SheetData(null, null, options.municipality(), options.municipalityCode(), fiscalYear,
				Era.fiscalYearLabel(fiscalYear), s.department(), s.missions(),
				new Policy(s.policyStatement(), s.policyItems(), s.policySummary()), s.annualGoals(), s.midTermGoals());
		SheetData sheet = withinLimits(read, document, warnings);
		return new ImportResult(sheet, ImportReport.of(sheet, source, note, warnings));
	}

	/**
	 * The sheet cut to {@link SheetLimits}: a text over its limit cut, with a warning where it is in the source; a
	 * count over its limit refuses the file (TOO_COMPLEX), since dropping parts would lose content unseen.
	 */
	private static SheetData withinLimits(SheetData read, SourceDocument document, List<SheetWarning> warnings) {
		SheetLimits.Fitted fitted = SheetLimits.fit(read);
		for (SheetLimits.Cut cut : fitted.cuts()) {
			SourceCell where = where(document, cut.start());
			warnings.add(new SheetWarning(where == null ? 1 : where.line(), where == null ? null : where.column(),
					"TEXT_CUT", cut.message(), cut.start()));
		}
		Optional<SheetLimits.Excess> excess = SheetLimits.excess(fitted.sheet());
		if (excess.isPresent()) {
			throw new ImportRejectedException(excess.get().code(), excess.get().message());
		}
		return fitted.sheet();
	}

	/** The first cell whose text holds the beginning of a text (its first words, as the structurer left them). */
	private static SourceCell where(SourceDocument document, String start) {
		String words = start.strip();
		words = words.substring(0, Math.min(words.length(), 20));
		if (words.isEmpty()) {
			return null;
		}
		for (SourceRow row : document.rows()) {
			for (SourceCell cell : row.filledCells()) {
				if (cell.text().contains(words)) {
					return cell;
				}
			}
		}
		return null;
	}

	private record FiscalYearFinding(int year, String source, String note, int line) {
	}

	/**
	 * The sheet of a year plans its mid-term schedule from that year on, so the earliest start of a mid-term step is
	 * the fiscal year; without mid-term steps, the earliest 年度 the document names.
	 */
	private static FiscalYearFinding inferFiscalYear(List<MidTermGoal> midTermGoals, SourceDocument document) {
		Optional<Integer> fromSchedule = midTermGoals.stream()
			.flatMap(g -> g.steps().stream())
			.map(MidTermStep::fromYear)
			.filter(Objects::nonNull)
			.min(Integer::compare);
		if (fromSchedule.isPresent()) {
			int year = fromSchedule.get();
			return new FiscalYearFinding(year, "MID_TERM_SCHEDULE",
					"中期目標のスケジュールの開始年度（" + Era.fiscalYearLabel(year) + "）から推定", 1);
		}
		for (SourceRow row : document.rows()) {
			List<FiscalSpan> spans = FiscalSpanParser.findAll(row.text());
			Optional<Integer> year = spans.stream().map(FiscalSpan::fromYear).filter(Objects::nonNull).min(Integer::compare);
			if (year.isPresent()) {
				return new FiscalYearFinding(year.get(), "YEAR_IN_TEXT",
						row.line() + "行目の年度の記載（" + Era.fiscalYearLabel(year.get()) + "）から推定", row.line());
			}
		}
		return null;
	}
}
