package org.mokuhyo.workflow;

import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.account.Access;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.kernel.Era;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.Policy;
import org.mokuhyo.sheet.Review;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.internal.WorkflowRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 次年度の作成: the department's sheet copied into the next fiscal year as a draft, the ground for next year's goals
 * (the cycle's Act): missions, policy, goals with their items, actions and links, and mid-term goals are kept; the
 * year-end review (実績, 課題・今後の方向性, 総括) is cleared, to be written again at the end of the new year.
 */
@Service
public class NextYear {

	private final SheetStore store;

	private final WorkflowRepository repository;

	private final Access access;

	NextYear(SheetStore store, WorkflowRepository repository, Access access) {
		this.store = store;
		this.repository = repository;
		this.access = access;
	}

	/**
	 * @return the new sheet's id
	 * @throws StepRefusedException FORBIDDEN for a user who may not edit the department, EXISTS when the next year
	 *                              has a sheet already, NOT_FOUND for an unknown sheet
	 */
	@Transactional
	public UUID start(UUID sheetId, CurrentUser user) {
		long department = repository.departmentId(sheetId)
			.orElseThrow(() -> new StepRefusedException("NOT_FOUND", "シートが見つかりません。"));
		if (!access.canEditDepartment(user, department)) {
			throw new StepRefusedException("FORBIDDEN", "次年度のシートを作成する権限がありません。");
		}
		SheetData sheet = store.find(sheetId)
			.orElseThrow(() -> new StepRefusedException("NOT_FOUND", "シートが見つかりません。"));
		int next = sheet.fiscalYear() + 1;
		Optional<SheetData> existing = store.find(sheet.municipality(), sheet.department().name(), next);
		if (existing.isPresent()) {
			throw new StepRefusedException("EXISTS", Era.fiscalYearLabel(next) + "（" + next + "年度）のシートはすでにあります。");
		}
		SavedSheet saved = store.save(copyForward(sheet), java.util.List.of(), null,
				new Change(Change.NEXT_YEAR, user.id(), user.displayName(), null));
		return saved.id();
	}

	/** The sheet for the following fiscal year: the same content without ids and with the review cleared. */
	static SheetData copyForward(SheetData sheet) {
		int next = sheet.fiscalYear() + 1;
		Policy policy = sheet.policy() == null ? null
				: new Policy(sheet.policy().statement(), sheet.policy().items(), null);
		return new SheetData(null, null, sheet.municipality(), sheet.municipalityCode(), next,
				Era.fiscalYearLabel(next), sheet.department(), sheet.missions(), policy,
				sheet.annualGoals()
					.stream()
					.map(g -> new AnnualGoal(null, g.number(), g.title(), g.priority(), g.items(), g.planLinks(),
							g.policyLinks(), Review.PENDING))
					.toList(),
				sheet.midTermGoals());
	}
}
