package org.mokuhyo.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.FiscalYear;
import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.platform.KnownVersions;
import org.mokuhyo.sheet.SheetSaved;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.workflow.internal.WorkflowRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the cycle of each sheet: keeps its {@link SheetWorkflow} state, takes steps (each recorded with who, when
 * and a comment, and announced as a {@link SheetStepTaken}), records hearings, and tells which version of a sheet
 * the public reads. Which step may follow which is decided by {@link SheetWorkflow}; who may take it for the sheet's
 * department, by {@link #mayTake} (with {@code account.Access}): pages and API both come through here.
 */
@Service
public class Workflows {

	/** Where changes of publication are announced to every process sharing the database. */
	static final String PUBLICATION_CHANNEL = "mokuhyo_sheet_publication";

	private final WorkflowRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final KnownVersions published;

	private final Access access;

	Workflows(WorkflowRepository repository, ApplicationEventPublisher events, Clock clock,
			DatabaseNotifications notifications, Access access) {
		this.repository = repository;
		this.access = access;
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
	public Optional<Publication> publication(UUID sheetId) {
		return repository.publicationDates(sheetId);
	}

	/** The states of many sheets (for lists); sheets without one are left out. */
	public Map<UUID, SheetWorkflow> states(Collection<UUID> sheetIds) {
		return repository.findAll(sheetIds);
	}

	/** Published sheets with their published versions, newest fiscal year first; null filters match everything. */
	public List<SheetSummary> publishedSheets(Integer fiscalYear, String department) {
		return repository.published(fiscalYear, department);
	}

	/**
	 * Whether {@code user} may take {@code step} on a sheet of that department (whatever the sheet's state): the
	 * department's editors submit and resubmit; its head approves as head; the mayor's office records hearings and
	 * approves; head, mayor's office and administrators send back; administrators publish and withdraw.
	 * Administrators may also act for the department and record a hearing (the planning division keeps its
	 * minutes), but never approve in another's name. Every right holds only within the user's own municipality.
	 */
	public boolean mayTake(CurrentUser user, long departmentId, Step step) {
		if (user == null) {
			return false;
		}
		return switch (step) {
			case SUBMIT, RESUBMIT, EDIT, START_REVIEW -> access.canEditDepartment(user, departmentId);
			case RECORD_HEARING -> access.isExecutiveForDepartment(user, departmentId)
					|| access.isAdminForDepartment(user, departmentId);
			case APPROVE_AS_HEAD -> access.canApproveForDepartment(user, departmentId);
			case APPROVE_AS_EXECUTIVE -> access.isExecutiveForDepartment(user, departmentId);
			case SEND_BACK -> access.canApproveForDepartment(user, departmentId)
					|| access.isExecutiveForDepartment(user, departmentId)
					|| access.isAdminForDepartment(user, departmentId);
			case PUBLISH, WITHDRAW, IMPORT_PUBLISHED -> access.isAdminForDepartment(user, departmentId);
		};
	}

	/** Whether {@code user} may change the sheet's content (edit, restore, start its next year), state aside. */
	public boolean mayEdit(CurrentUser user, UUID sheetId) {
		return repository.departmentId(sheetId).map(d -> mayTake(user, d, Step.EDIT)).orElse(false);
	}

	/** The steps the cycle allows now that {@code user} may take on the sheet. */
	public List<Step> stepsFor(CurrentUser user, UUID sheetId) {
		Optional<SheetWorkflow> state = repository.find(sheetId);
		Optional<Long> department = repository.departmentId(sheetId);
		if (state.isEmpty() || department.isEmpty()) {
			return List.of();
		}
		return state.get()
			.possibleSteps()
			.stream()
			.filter(step -> mayTake(user, department.get(), step))
			.filter(step -> step != Step.START_REVIEW || reviewOpen(sheetId))
			.toList();
	}

	/**
	 * The day the year-end review of the sheet opens: the first day of its fiscal year's fourth quarter (January 1
	 * after the April it starts in). Empty for an unknown sheet.
	 */
	public Optional<LocalDate> reviewOpensOn(UUID sheetId) {
		return repository.fiscalYear(sheetId).map(year -> new FiscalYear(year).start().plusMonths(9));
	}

	/** Whether the fourth quarter of the sheet's fiscal year has begun (today, by the clock). */
	public boolean reviewOpen(UUID sheetId) {
		return reviewOpensOn(sheetId).map(day -> !LocalDate.now(clock).isBefore(day)).orElse(false);
	}

	/**
	 * Takes {@code step} for a signed-in user, checking that they may; refused ({@link StepRefusedException}) with
	 * everything left as it was.
	 *
	 * @param asOf for {@link Step#PUBLISH}: the 作成基準日 to show (null: the day of publication)
	 */
	@Transactional
	public SheetWorkflow take(UUID sheetId, Step step, CurrentUser user, String comment, LocalDate asOf) {
		checkMay(user, sheetId, step);
		return take(sheetId, step, new Actor(user.id(), user.displayName()), comment, asOf);
	}

	/** Records a hearing for a signed-in user, checking that they may. */
	@Transactional
	public SheetWorkflow recordHearing(UUID sheetId, Hearing hearing, CurrentUser user) {
		checkMay(user, sheetId, Step.RECORD_HEARING);
		return recordHearing(sheetId, hearing, new Actor(user.id(), user.displayName()));
	}

	private void checkMay(CurrentUser user, UUID sheetId, Step step) {
		long department = repository.departmentId(sheetId)
			.orElseThrow(() -> new StepRefusedException("NOT_FOUND", "シートが見つかりません。"));
		if (!mayTake(user, department, step)) {
			throw new StepRefusedException("FORBIDDEN", step.label() + "を行う権限がありません。");
		}
	}

	/**
	 * Takes {@code step} for an actor already trusted (the command line, an import whose permission was checked), or
	 * refuses it ({@link StepRefusedException}) leaving everything as it was.
	 */
	@Transactional
	public SheetWorkflow take(UUID sheetId, Step step, Actor actor, String comment, LocalDate asOf) {
		SheetWorkflow before = repository.lock(sheetId)
			.orElseThrow(() -> new StepRefusedException("NOT_FOUND", "シートが見つかりません。"));
		SheetWorkflow after = before.take(step);
		if (step == Step.START_REVIEW && !reviewOpen(sheetId)) {
			throw new StepRefusedException("REVIEW_NOT_OPEN", "振り返りは第4四半期（"
					+ Era.dateLabel(reviewOpensOn(sheetId).orElseThrow()) + "）から記入できます。");
		}
		save(sheetId, step, before, after, actor, comment, asOf);
		return after;
	}

	/** Records a hearing on the submitted sheet; the sheet is then "hearing held" (ヒアリング実施済み). Trusted actor. */
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
			long revision = repository.insert(saved.sheetId(), saved.departmentId(), draft, now);
			published.changedInTransaction(saved.sheetId(), revision, null);
			events.publishEvent(new SheetStepTaken(saved.sheetId(), saved.departmentId(), Step.EDIT, null,
					draft.status(), saved.version(), null, null, null, draft.phase()));
			return;
		}
		SheetWorkflow after = current.get().edited(saved.version());
		long revision = repository.update(saved.sheetId(), current.get(), after, null, now);
		published.changedInTransaction(saved.sheetId(), revision, after.publishedVersion());
		events.publishEvent(new SheetStepTaken(saved.sheetId(), saved.departmentId(), Step.EDIT,
				current.get().status(), after.status(), saved.version(), after.publishedVersion(), null, null,
				after.phase()));
	}

	private void save(UUID sheetId, Step step, SheetWorkflow before, SheetWorkflow after, Actor actor, String comment,
			LocalDate asOf) {
		Instant now = clock.instant();
		long revision = repository.update(sheetId, before, after, asOf, now);
		// a step is of the phase it is taken in: 振り返りの開始 already of the review
		repository.recordStep(sheetId, step, before.status(), after.status(), after.version(), actor,
				blankToNull(comment), now, after.phase());
		published.changedInTransaction(sheetId, revision, after.publishedVersion());
		events.publishEvent(new SheetStepTaken(sheetId, repository.departmentId(sheetId).orElse(0L), step,
				before.status(), after.status(), after.version(), after.publishedVersion(), actor.name(),
				blankToNull(comment), after.phase()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
