package org.mokuhyo.portal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.workflow.Phase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes and removes one sheet's rows of the published read model. A sheet is written whole from its published
 * snapshot, one insert per table (arrays unnested), so a publication costs five statements whatever the sheet's size.
 */
@Component
class PublicRows {

	static final String NEW = "新規";

	static final String EXPANDED = "拡充";

	private final JdbcClient jdbc;

	PublicRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published version the read model holds for the sheet; empty when it holds none. */
	Optional<Integer> heldVersion(UUID sheetId) {
		return jdbc.sql("select published_version from public_sheet where sheet_id = ?")
			.param(sheetId)
			.query(Integer.class)
			.optional();
	}

	void remove(UUID sheetId) {
		jdbc.sql("delete from public_sheet where sheet_id = ?").param(sheetId).update();
	}

	/** Replaces the sheet's rows with those of {@code sheet}, the snapshot of its published version. */
	void write(SheetData sheet, Publication publication) {
		remove(sheet.id());
		Goals goals = new Goals();
		Actions actions = new Actions();
		for (int g = 0; g < sheet.annualGoals().size(); g++) {
			AnnualGoal goal = sheet.annualGoals().get(g);
			goals.add(GoalKind.ANNUAL, g, goal.number(), goal.title(), goal.priority(), goal.id(), goal.planLinks(),
					goal.policyLinks());
			for (int i = 0; i < goal.items().size(); i++) {
				GoalItem item = goal.items().get(i);
				for (int a = 0; a < item.actions().size(); a++) {
					Action action = item.actions().get(a);
					actions.add(g, goal.number(), i, item.label(), a, -1, action.label(), action.text(), action.tags(),
							action.schedule());
					for (int s = 0; s < action.subItems().size(); s++) {
						SubItem sub = action.subItems().get(s);
						actions.add(g, goal.number(), i, item.label(), a, s, action.label(), sub.text(), sub.tags(),
								sub.schedule());
					}
				}
			}
		}
		for (int g = 0; g < sheet.midTermGoals().size(); g++) {
			MidTermGoal goal = sheet.midTermGoals().get(g);
			goals.add(GoalKind.MID_TERM, g, goal.number(), goal.title(), false, goal.id(), goal.planLinks(),
					goal.policyLinks());
		}
		int priority = (int) sheet.annualGoals().stream().filter(AnnualGoal::priority).count();
		jdbc.sql("""
				insert into public_sheet (sheet_id, municipality_id, department_id, department_name, fiscal_year,
				published_version, published_at, as_of, phase, annual_goals, mid_term_goals, priority_goals, new_actions,
				expanded_actions) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sheet.id(), publication.municipalityId(), publication.departmentId(), sheet.department().name(),
					sheet.fiscalYear(), sheet.version(), OffsetDateTime.ofInstant(publication.publishedAt(),
							ZoneOffset.UTC),
					publication.asOf() == null ? null : Date.valueOf(publication.asOf()), publication.phase().name(),
					sheet.annualGoals().size(), sheet.midTermGoals().size(), priority, actions.tagged(NEW),
					actions.tagged(EXPANDED))
			.update();
		goals.insert(sheet.id());
		actions.insert(sheet.id());
	}

	/**
	 * Where and when the sheet is published.
	 *
	 * @param phase the phase it was published in
	 */
	record Publication(long municipalityId, long departmentId, Instant publishedAt, LocalDate asOf, Phase phase) {
	}

	/** The goal rows of one sheet and their links, column by column. */
	private final class Goals {

		private final List<String> kinds = new ArrayList<>();

		private final List<Integer> positions = new ArrayList<>();

		private final List<Integer> numbers = new ArrayList<>();

		private final List<String> titles = new ArrayList<>();

		private final List<Boolean> priorities = new ArrayList<>();

		private final List<UUID> ids = new ArrayList<>();

		private final Links plans = new Links();

		private final Links policies = new Links();

		void add(GoalKind kind, int position, int number, String title, boolean priority, UUID id,
				List<PlanLink> planLinks, List<PolicyLink> policyLinks) {
			kinds.add(kind.code());
			positions.add(position);
			numbers.add(number);
			titles.add(title);
			priorities.add(priority);
			ids.add(id);
			for (int l = 0; l < planLinks.size(); l++) {
				PlanLink link = planLinks.get(l);
				// a link whose code cannot be read as one cannot be placed in the tree
				Optional<String> code = PlanCode.normalize(link.code());
				if (code.isPresent()) {
					plans.add(kind, position, l, code.get(), null, link.text());
				}
			}
			for (int l = 0; l < policyLinks.size(); l++) {
				PolicyLink link = policyLinks.get(l);
				policies.add(kind, position, l, null, link.number(), link.title());
			}
		}

		void insert(UUID sheetId) {
			if (kinds.isEmpty()) {
				return;
			}
			jdbc.sql("""
					insert into public_goal (sheet_id, kind, position, number, title, priority, goal_id)
					select ?, k, p, n, t, pr, g
					from unnest(?::text[], ?::integer[], ?::integer[], ?::text[], ?::boolean[], ?::uuid[])
					as u(k, p, n, t, pr, g)""")
				.params(sheetId, kinds.toArray(String[]::new), positions.toArray(Integer[]::new),
						numbers.toArray(Integer[]::new), titles.toArray(String[]::new),
						priorities.toArray(Boolean[]::new), ids.toArray(UUID[]::new))
				.update();
			if (!plans.kinds.isEmpty()) {
				jdbc.sql("""
						insert into public_goal_plan (sheet_id, kind, goal_position, position, code, text)
						select ?, k, g, p, c, t from unnest(?::text[], ?::integer[], ?::integer[], ?::text[], ?::text[])
						as u(k, g, p, c, t)""")
					.params(sheetId, plans.kinds.toArray(String[]::new), plans.goals.toArray(Integer[]::new),
							plans.positions.toArray(Integer[]::new), plans.codes.toArray(String[]::new),
							plans.texts.toArray(String[]::new))
					.update();
			}
			if (!policies.kinds.isEmpty()) {
				jdbc.sql("""
						insert into public_goal_policy (sheet_id, kind, goal_position, position, number, title)
						select ?, k, g, p, n, t from unnest(?::text[], ?::integer[], ?::integer[], ?::integer[], ?::text[])
						as u(k, g, p, n, t)""")
					.params(sheetId, policies.kinds.toArray(String[]::new), policies.goals.toArray(Integer[]::new),
							policies.positions.toArray(Integer[]::new), policies.numbers.toArray(Integer[]::new),
							policies.texts.toArray(String[]::new))
					.update();
			}
		}
	}

	/** Links of goals to plan nodes (by code) or policies (by number). */
	private static final class Links {

		final List<String> kinds = new ArrayList<>();

		final List<Integer> goals = new ArrayList<>();

		final List<Integer> positions = new ArrayList<>();

		final List<String> codes = new ArrayList<>();

		final List<Integer> numbers = new ArrayList<>();

		final List<String> texts = new ArrayList<>();

		void add(GoalKind kind, int goal, int position, String code, Integer number, String text) {
			kinds.add(kind.code());
			goals.add(goal);
			positions.add(position);
			codes.add(code);
			numbers.add(number);
			texts.add(text);
		}
	}

	/** The action and sub-point rows of one sheet, column by column. */
	private final class Actions {

		private final List<Integer> goals = new ArrayList<>();

		private final List<Integer> goalNumbers = new ArrayList<>();

		private final List<Integer> items = new ArrayList<>();

		private final List<String> itemLabels = new ArrayList<>();

		private final List<Integer> actions = new ArrayList<>();

		private final List<Integer> subs = new ArrayList<>();

		private final List<String> labels = new ArrayList<>();

		private final List<String> texts = new ArrayList<>();

		// one text per row: PostgreSQL arrays cannot be ragged, so the tags travel joined and are split back
		private final List<String> tags = new ArrayList<>();

		private final List<String> scheduleKinds = new ArrayList<>();

		private final List<String> scheduleTexts = new ArrayList<>();

		private int newCount;

		private int expandedCount;

		void add(int goal, int goalNumber, int item, String itemLabel, int action, int sub, String label, String text,
				List<String> rowTags, Schedule schedule) {
			goals.add(goal);
			goalNumbers.add(goalNumber);
			items.add(item);
			itemLabels.add(itemLabel);
			actions.add(action);
			subs.add(sub);
			labels.add(label);
			texts.add(text);
			tags.add(String.join("\n", rowTags));
			scheduleKinds.add(schedule == null || schedule.kind() == null ? null : schedule.kind().name());
			scheduleTexts.add(schedule == null ? null : schedule.text());
			newCount += rowTags.contains(NEW) ? 1 : 0;
			expandedCount += rowTags.contains(EXPANDED) ? 1 : 0;
		}

		int tagged(String tag) {
			return NEW.equals(tag) ? newCount : expandedCount;
		}

		void insert(UUID sheetId) {
			if (goals.isEmpty()) {
				return;
			}
			jdbc.sql("""
					insert into public_action (sheet_id, goal_position, goal_number, item_position, item_label,
					action_position, sub_position, label, text, tags, schedule_kind, schedule_text)
					select ?, g, gn, i, il, a, s, l, t, case when tg = '' then '{}'::text[] else string_to_array(tg, E'\\n') end,
					sk, st
					from unnest(?::integer[], ?::integer[], ?::integer[], ?::text[], ?::integer[], ?::integer[], ?::text[],
					?::text[], ?::text[], ?::text[], ?::text[]) as u(g, gn, i, il, a, s, l, t, tg, sk, st)""")
				.params(sheetId, goals.toArray(Integer[]::new), goalNumbers.toArray(Integer[]::new),
						items.toArray(Integer[]::new), itemLabels.toArray(String[]::new),
						actions.toArray(Integer[]::new), subs.toArray(Integer[]::new), labels.toArray(String[]::new),
						texts.toArray(String[]::new), tags.toArray(String[]::new),
						scheduleKinds.toArray(String[]::new), scheduleTexts.toArray(String[]::new))
				.update();
		}
	}
}
