package org.mokuhyo.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.SheetWarning;

/**
 * A test-only {@link SheetStore} in memory: enough for the pages, no versions kept.
 */
final class InMemorySheetStore implements SheetStore {

	private final Map<UUID, SheetData> sheets = new LinkedHashMap<>();

	private final Map<UUID, List<SheetWarning>> warnings = new LinkedHashMap<>();

	final List<Object[]> listCalls = new ArrayList<>();

	@Override
	public synchronized SavedSheet save(SheetData sheet, List<SheetWarning> sheetWarnings, String sourceName) {
		Optional<SheetData> existing = find(sheet.municipality(), sheet.department().name(), sheet.fiscalYear());
		UUID id = sheet.id() != null ? sheet.id() : existing.map(SheetData::id).orElseGet(UUID::randomUUID);
		int version = existing.map(s -> s.version() + 1).orElse(sheet.version() != null ? sheet.version() : 1);
		sheets.put(id, sheet.withIdentity(id, version));
		warnings.put(id, List.copyOf(sheetWarnings));
		return new SavedSheet(id, version, existing.isPresent(), true);
	}

	@Override
	public synchronized Optional<SheetData> find(UUID id) {
		return Optional.ofNullable(sheets.get(id));
	}

	@Override
	public synchronized Optional<SheetData> find(String municipality, String department, int fiscalYear) {
		return sheets.values()
			.stream()
			.filter(s -> Objects.equals(s.municipality(), municipality)
					&& Objects.equals(s.department().name(), department) && s.fiscalYear() == fiscalYear)
			.findFirst();
	}

	@Override
	public synchronized List<SheetSummary> list(Integer fiscalYear, String department) {
		listCalls.add(new Object[] { fiscalYear, department });
		return sheets.values()
			.stream()
			.filter(s -> fiscalYear == null || s.fiscalYear() == fiscalYear)
			.filter(s -> department == null || s.department().name().equals(department))
			.sorted(Comparator.comparingInt(SheetData::fiscalYear)
				.reversed()
				.thenComparing(s -> s.department().name()))
			.map(s -> new SheetSummary(s.id(), s.municipality(), s.fiscalYear(), s.fiscalYearLabel(),
					s.department().name(), s.version(), Instant.parse("2024-06-01T00:00:00Z"), s.annualGoals().size(),
					s.midTermGoals().size(), warnings.getOrDefault(s.id(), List.of()).size()))
			.toList();
	}

	@Override
	public synchronized List<SheetWarning> warnings(UUID id) {
		return warnings.getOrDefault(id, List.of());
	}

	@Override
	public synchronized List<org.mokuhyo.sheet.SheetVersion> versions(UUID id) {
		return List.of();
	}

	@Override
	public synchronized Optional<SheetData> snapshot(UUID id, int version) {
		return Optional.empty();
	}

	@Override
	public synchronized Optional<Integer> currentVersion(UUID id) {
		return Optional.ofNullable(sheets.get(id)).map(SheetData::version);
	}
}
