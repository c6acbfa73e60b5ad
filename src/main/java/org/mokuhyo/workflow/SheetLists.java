package org.mokuhyo.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.springframework.stereotype.Service;

/**
 * The list of sheets a reader may see (the list page and the API's list): the public, every published sheet as
 * published; staff (rules of {@link Access}), their own municipality's sheets as they stand, drafts included, and
 * every other municipality's as the public sees them.
 */
@Service
public class SheetLists {

	// as both stores order their lists: newest fiscal year first, then department, then municipality
	private static final Comparator<SheetSummary> ORDER = Comparator.comparingInt(SheetSummary::fiscalYear)
		.reversed()
		.thenComparing(SheetSummary::department)
		.thenComparing(SheetSummary::municipality);

	private final SheetStore store;

	private final Workflows workflows;

	private final Access access;

	SheetLists(SheetStore store, Workflows workflows, Access access) {
		this.store = store;
		this.workflows = workflows;
		this.access = access;
	}

	/**
	 * The sheets {@code user} (null: the public) may see; null filters match everything.
	 *
	 * @param municipality only that municipality's (by name), or null for all
	 */
	public Listed visibleTo(CurrentUser user, Integer fiscalYear, String department, String municipality) {
		String own = access.canSeeDrafts(user) ? access.municipalityName(user) : null;
		List<SheetSummary> current = own == null || (municipality != null && !municipality.equals(own)) ? List.of()
				: store.list(fiscalYear, department).stream().filter(s -> s.municipality().equals(own)).toList();
		List<SheetSummary> all = new ArrayList<>(current);
		workflows.publishedSheets(fiscalYear, department)
			.stream()
			.filter(s -> !s.municipality().equals(own))
			.filter(s -> municipality == null || s.municipality().equals(municipality))
			.forEach(all::add);
		if (!current.isEmpty()) {
			all.sort(ORDER);
		}
		return new Listed(List.copyOf(all), current.stream().map(SheetSummary::id).collect(
				java.util.stream.Collectors.toUnmodifiableSet()));
	}

	/**
	 * @param sheets  the list
	 * @param current the ids listed as they stand (the reader's own municipality's), whose state may be shown
	 */
	public record Listed(List<SheetSummary> sheets, java.util.Set<java.util.UUID> current) {
	}
}
