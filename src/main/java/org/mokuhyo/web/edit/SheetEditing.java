package org.mokuhyo.web.edit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.history.SheetComparison;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.sheet.VersionConflictException;
import org.mokuhyo.web.ErrorPages;
import org.mokuhyo.web.SheetIds;
import org.mokuhyo.web.history.SheetHistoryController;
import org.mokuhyo.workflow.Phase;
import org.mokuhyo.workflow.SheetWorkflow;
import org.mokuhyo.workflow.StepRefusedException;
import org.mokuhyo.workflow.Workflows;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every edit page shares: who may open it (the public and unknown ids get a 404, staff who may not edit the
 * sheet a 403), and saving an edited sheet from the version the form was opened on, so a save made meanwhile by
 * someone else is shown, never overwritten.
 */
@Component
public class SheetEditing {

	private final SheetStore store;

	private final Workflows workflows;

	private final Access access;

	SheetEditing(SheetStore store, Workflows workflows, Access access) {
		this.store = store;
		this.workflows = workflows;
		this.access = access;
	}

	/** The sheet to edit, or the error page to answer instead ({@code refusal}). */
	public record Opened(UUID id, SheetData sheet, SheetWorkflow state, ModelAndView refusal) {

		boolean editable() {
			return state == null || state.status().editable();
		}

		/** Whether the year-end review is under way: then only the review's fields change. */
		boolean inReview() {
			return state != null && state.phase() == Phase.REVIEW;
		}

		Optional<AnnualGoal> goal(int number) {
			return sheet.annualGoals().stream().filter(g -> g.number() == number).findFirst();
		}

		Optional<MidTermGoal> midTerm(int number) {
			return sheet.midTermGoals().stream().filter(g -> g.number() == number).findFirst();
		}
	}

	public Opened open(String id) {
		CurrentUser user = access.signedIn();
		if (!access.canSeeDrafts(user)) {
			// the public learns nothing of drafts, not even that the address exists
			return refused(ErrorPages.page(HttpStatus.NOT_FOUND));
		}
		// staff of another municipality: as if the sheet did not exist
		Optional<UUID> sheetId = SheetIds.parse(id).filter(parsed -> access.canSeeDraftsOfSheet(user, parsed));
		Optional<SheetData> sheet = sheetId.flatMap(store::find);
		if (sheet.isEmpty()) {
			return refused(ErrorPages.sheetNotFound());
		}
		if (!workflows.mayEdit(user, sheetId.get())) {
			return refused(ErrorPages.page(HttpStatus.FORBIDDEN));
		}
		return new Opened(sheetId.get(), sheet.get(), workflows.state(sheetId.get()).orElse(null), null);
	}

	/** The outcome of a save: the new version, or why nothing was written. */
	public record Saved(SavedSheet saved, Conflict conflict, String refusal) {
	}

	/** Another save came first: what it changed, between the form's version and the current one. */
	public record Conflict(int baseVersion, int currentVersion, List<SheetHistoryController.CompareRow> rows) {
	}

	public Saved save(Opened opened, SheetData changed, int baseVersion) {
		CurrentUser user = access.signedIn();
		if (opened.inReview() && !withoutReview(changed).equals(withoutReview(opened.sheet()))) {
			return new Saved(null, null, IN_REVIEW);
		}
		try {
			return new Saved(store.save(changed, List.of(), null, Change.edit(user.id(), user.displayName(), baseVersion)),
					null, null);
		}
		catch (VersionConflictException ex) {
			return new Saved(null, conflict(opened.id(), ex.baseVersion(), ex.currentVersion()), null);
		}
		catch (StepRefusedException ex) {
			return new Saved(null, null, ex.getMessage());
		}
		catch (SheetLimitException ex) {
			// over the sheet's limits in all (a count, the whole sheet), which the form's own checks do not see
			return new Saved(null, null, ex.getMessage());
		}
		catch (SnapshotUnreadableException ex) {
			if (!ex.refusedSave()) {
				throw ex;
			}
			return new Saved(null, null, ex.getMessage());
		}
	}

	/** The sheet as it was in {@code version}. */
	public Optional<SheetData> snapshot(UUID id, int version) {
		return store.snapshot(id, version);
	}

	private Conflict conflict(UUID id, int base, int current) {
		Optional<SheetData> before = store.snapshot(id, base);
		Optional<SheetData> after = store.snapshot(id, current);
		List<SheetHistoryController.CompareRow> rows = before.isEmpty() || after.isEmpty() ? List.of()
				: SheetComparison.of(before.get(), after.get())
					.rows()
					.stream()
					.filter(r -> r.change() != SheetComparison.Change.SAME)
					.map(SheetHistoryController.CompareRow::of)
					.toList();
		return new Conflict(base, current, rows);
	}

	private static final String IN_REVIEW = "振り返りの間は、使命・方針・目標・中期目標は編集できません（公表された目標が振り返りの対象です）。"
			+ "実績・課題・総括は「振り返り」の画面で記入します。";

	/** The message a sheet under review gets before anything is typed, so nobody writes in vain. */
	static String notEditableNote(Opened opened) {
		if (opened.inReview()) {
			return IN_REVIEW;
		}
		return opened.editable() ? null
				: "「" + opened.state().label() + "」のシートは編集できません。差戻しを受けてから編集してください。";
	}

	/** The sheet without what the year-end review writes (実績, 課題, 総括): what the review must leave alone. */
	private static SheetData withoutReview(SheetData s) {
		List<AnnualGoal> goals = s.annualGoals().stream()
			.map(g -> new AnnualGoal(g.id(), g.number(), g.title(), g.priority(), g.items(), g.planLinks(),
					g.policyLinks(), Review.PENDING))
			.toList();
		// a policy that is only a 総括 is the review's
		Policy policy = s.policy() == null || s.policy().statement() == null && s.policy().items().isEmpty() ? null
				: new Policy(s.policy().statement(), s.policy().items(), null);
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), s.missions(), policy, goals, s.midTermGoals());
	}

	/** The sheet with other annual goals, numbered 1..n in the given order (ids kept: they follow their goal). */
	static SheetData withGoals(SheetData s, List<AnnualGoal> goals) {
		List<AnnualGoal> numbered = new java.util.ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			AnnualGoal g = goals.get(i);
			numbered.add(new AnnualGoal(g.id(), i + 1, g.title(), g.priority(), g.items(), g.planLinks(),
					g.policyLinks(), g.review()));
		}
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), s.missions(), s.policy(), numbered, s.midTermGoals());
	}

	/** The sheet with other mid-term goals, numbered 1..n in the given order (ids kept, as for annual goals). */
	static SheetData withMidTermGoals(SheetData s, List<MidTermGoal> goals) {
		List<MidTermGoal> numbered = new java.util.ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			MidTermGoal g = goals.get(i);
			numbered.add(new MidTermGoal(g.id(), i + 1, g.title(), g.description(), g.descriptionItems(), g.steps(),
					g.planLinks(), g.policyLinks()));
		}
		return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
				s.fiscalYearLabel(), s.department(), s.missions(), s.policy(), s.annualGoals(), numbered);
	}

	public static Optional<Integer> version(String text) {
		return text != null && text.strip().matches("\\d{1,9}") ? Optional.of(Integer.parseInt(text.strip()))
				: Optional.empty();
	}

	private static Opened refused(ModelAndView page) {
		return new Opened(null, null, null, page);
	}

}
