package org.mokuhyo.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.platform.KnownVersions;
import org.mokuhyo.sheet.SheetSaved;
import org.mokuhyo.workflow.internal.WorkflowRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the cycle of each sheet: keeps its {@link SheetWorkflow} state, takes steps (each recorded with who, when
 * and a comment, and announced as a {@link SheetStepTaken}), records hearings, and tells which version of a sheet
 * the public reads. Whether the user may take a step for that department is checked by the callers' pages and API
 * through {@code account.Access}; which step may follow which is decided here, by {@link SheetWorkflow}.
 */
@Service
public class Workflows {

	/** Where changes of publication are announced to every process sharing the database. */
	static final String PUBLICATION_CHANNEL = "mokuhyo_sheet_publication";

	private final WorkflowRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final KnownVersions published;

	Workflows(WorkflowRepository repository, ApplicationEventPublisher events, Clock clock,
			DatabaseNotifications notifications) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.published = new KnownVersions(notifications, PUBLICATION_CHANNEL);
	}

	public Optional<SheetWorkflow> state(UUID sheetId) {
		return repository.find(sheetId);
	}

	/** The version the public reads; empty when nothing of the sheet is published (or there is no such sheet). */
	public Optional<Integer> publishedVersion(UUID sheetId) {
		return published.get(sheetId, id -> repository.publication(id)
			.map(p -> new KnownVersions.Revised(p[0], p[1] < 0 ? null : (int) p[1])));
	}

	/** When and "as of" which date the published version was published. */
	public Optional<WorkflowRepository.Publication> publication(UUID sheetId) {
		return repository.publicationDates(sheetId);
	}

	/**
	 * Takes {@code step} on the sheet, or refuses it ({@link StepRefusedException}) leaving everything as it was.
	 *
	 * @param asOf for {@link Step#PUBLISH}: the 作成基準日 to show (null: the day of publication)
	 */
	@Transactional
	public SheetWorkflow take(UUID sheetId, Step step, Actor actor, String comment, LocalDate asOf) {
		SheetWorkflow before = repository.lock(sheetId)
			.orElseThrow(() -> new StepRefusedException("NOT_FOUND", "シートが見つかりません。"));
		SheetWorkflow after = before.take(step);
		save(sheetId, step, before, after, actor, comment, asOf);
		return after;
	}

	/** Records a hearing on the submitted sheet; the sheet is then "hearing held" (ヒアリング実施済み). */
	@Transactional
	public SheetWorkflow recordHearing(UUID sheetId, Hearing hearing, Actor actor) {
		SheetWorkflow before = repository.lock(sheetId)
			.orElseThrow(() -> new StepRefusedException("NOT_FOUND", "シートが見つかりません。"));
		SheetWorkflow after = before.take(Step.RECORD_HEARING);
		if (hearing.heldOn() == null) {
			throw new StepRefusedException("INVALID_HEARING", "ヒアリングの実施日を入力してください。");
		}
		if (hearing.participants() == null || hearing.participants().isBlank()) {
			throw new StepRefusedException("INVALID_HEARING", "ヒアリングの出席者を入力してください。");
		}
		Instant now = clock.instant();
		repository.insertHearing(sheetId, new Hearing(null, before.version(), hearing.heldOn(),
				hearing.participants().strip(), blankToNull(hearing.comment()), hearing.goalComments(), actor.name(),
				now), actor, now);
		save(sheetId, Step.RECORD_HEARING, before, after, actor, blankToNull(hearing.comment()), null);
		return after;
	}

	public List<StepRecord> steps(UUID sheetId) {
		return repository.steps(sheetId);
	}

	public List<Hearing> hearings(UUID sheetId) {
		return repository.hearings(sheetId);
	}

	/**
	 * A new version of a sheet enters the cycle: its first as a draft; a later one as an edit, refused (rolling the
	 * save back) when the sheet is under review.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void saved(SheetSaved saved) {
		Instant now = clock.instant();
		Optional<SheetWorkflow> current = repository.lock(saved.sheetId());
		if (current.isEmpty()) {
			SheetWorkflow draft = SheetWorkflow.newDraft(saved.version());
			long revision = repository.insert(saved.sheetId(), draft, now);
			published.changedInTransaction(saved.sheetId(), revision, null);
			events.publishEvent(new SheetStepTaken(saved.sheetId(), Step.EDIT, null, draft.status(), saved.version(),
					null));
			return;
		}
		SheetWorkflow after = current.get().edited(saved.version());
		long revision = repository.update(saved.sheetId(), current.get(), after, null, now);
		published.changedInTransaction(saved.sheetId(), revision, after.publishedVersion());
		events.publishEvent(new SheetStepTaken(saved.sheetId(), Step.EDIT, current.get().status(), after.status(),
				saved.version(), after.publishedVersion()));
	}

	private void save(UUID sheetId, Step step, SheetWorkflow before, SheetWorkflow after, Actor actor, String comment,
			LocalDate asOf) {
		Instant now = clock.instant();
		long revision = repository.update(sheetId, before, after, asOf, now);
		repository.recordStep(sheetId, step, before.status(), after.status(), after.version(), actor,
				blankToNull(comment), now);
		published.changedInTransaction(sheetId, revision, after.publishedVersion());
		events.publishEvent(new SheetStepTaken(sheetId, step, before.status(), after.status(), after.version(),
				after.publishedVersion()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
