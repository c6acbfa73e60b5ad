package org.mokuhyo.portal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.organization.DepartmentRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.Publication;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRecord;
import org.mokuhyo.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the published read model in line with what the public reads: a sheet's rows are those of the snapshot of
 * its published version ({@link Workflows#publishedVersion}), rewritten when that version changes and removed when
 * nothing is published. {@link #rebuild()} draws the whole model again from the database (for data stored before it
 * existed, and for a later {@code reindex} verb).
 */
@Service
public class PublishedIndex {

	private static final Logger log = LoggerFactory.getLogger(PublishedIndex.class);

	private final PublicRows rows;

	private final SheetStore store;

	private final Workflows workflows;

	private final Organizations organizations;

	private final JdbcClient jdbc;

	PublishedIndex(PublicRows rows, SheetStore store, Workflows workflows, Organizations organizations,
			JdbcClient jdbc) {
		this.rows = rows;
		this.store = store;
		this.workflows = workflows;
		this.organizations = organizations;
		this.jdbc = jdbc;
	}

	/**
	 * Brings one sheet's rows in line with {@code publishedVersion} (null: nothing published), inside the caller's
	 * transaction; nothing is written when the model already holds that version.
	 *
	 * @param phase the phase the sheet is in after the step (the phase of a new publication)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(UUID sheetId, long departmentId, Integer publishedVersion, Phase phase) {
		Optional<Integer> held = rows.heldVersion(sheetId);
		if (Objects.equals(held.orElse(null), publishedVersion)) {
			return;
		}
		if (publishedVersion == null) {
			rows.remove(sheetId);
			return;
		}
		write(sheetId, publishedVersion, organizations.findDepartment(departmentId), phase);
	}

	/**
	 * Draws the whole model again from the published versions, in one transaction. The table lock makes a step
	 * taken meanwhile wait, then rewrite its sheet after this: the model never misses it.
	 *
	 * @return the number of published sheets written (one whose stored version cannot be read is left out, logged)
	 */
	@Transactional
	public int rebuild() {
		jdbc.sql("lock table public_sheet in exclusive mode").update();
		jdbc.sql("delete from public_sheet").update();
		List<SheetSummary> published = workflows.publishedSheets(null, null);
		int written = 0;
		for (SheetSummary sheet : published) {
			try {
				write(sheet.id(), sheet.version(), organizations.findDepartment(sheet.municipality(), sheet.department()),
						publishedPhase(sheet.id(), sheet.version()));
				written++;
			}
			catch (SnapshotUnreadableException ex) {
				// one sheet whose stored version cannot be read stays out of the public pages (its own page says why)
				// rather than keeping every other sheet out of them
				log.warn("Published index: sheet {} version {} left out: {}", sheet.id(), sheet.version(), ex.code());
			}
		}
		return written;
	}

	/** {@link #rebuild()} when the model is empty while some sheet is published (data older than the model). */
	@Transactional
	public boolean rebuildIfEmpty() {
		boolean empty = jdbc.sql("select not exists (select 1 from public_sheet)").query(Boolean.class).single();
		if (!empty || workflows.publishedSheets(null, null).isEmpty()) {
			return false;
		}
		rebuild();
		return true;
	}

	private void write(UUID sheetId, int version, Optional<DepartmentRef> department, Phase phase) {
		SheetData sheet = store.snapshot(sheetId, version)
			.orElseThrow(() -> new IllegalStateException("no version " + version + " of sheet " + sheetId));
		DepartmentRef ref = department
			.or(() -> organizations.findDepartment(sheet.municipality(), sheet.department().name()))
			.orElseThrow(() -> new IllegalStateException("no department for sheet " + sheetId));
		Publication publication = workflows.publication(sheetId)
			.orElseThrow(() -> new IllegalStateException("sheet " + sheetId + " is not published"));
		rows.write(sheet, new PublicRows.Publication(ref.municipalityId(), ref.id(), publication.publishedAt(),
				publication.asOf(), phase));
	}

	/** The phase of the step that published that version (sheets published before steps were kept: the plan). */
	private Phase publishedPhase(UUID sheetId, int version) {
		List<StepRecord> steps = workflows.steps(sheetId);
		for (int i = steps.size() - 1; i >= 0; i--) {
			StepRecord step = steps.get(i);
			if ((step.step() == Step.PUBLISH || step.step() == Step.IMPORT_PUBLISHED) && step.version() == version) {
				return step.phase();
			}
		}
		return Phase.PLAN;
	}
}
