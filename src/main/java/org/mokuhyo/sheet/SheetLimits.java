package org.mokuhyo.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much a sheet may hold: far more than any real sheet (a few goals of a few items, a goal's whole notation a few
 * thousand characters), little enough that every version stays storable, readable back and renderable on one page.
 * The same limits hold for every way a sheet is saved: an import ({@link #fit} first), the edit forms (which say the
 * text limits with {@code maxlength} too) and the store's save ({@link #excess}).
 * <p>
 * What happens over a limit is chosen per kind. A text too long is cut with a positioned warning on import: the rest
 * of the sheet is good, the cut is the editor's to fix, and no content is lost unseen (the warning says where and how
 * much). A count too large (goals, items, actions, links, steps…) or a sheet too large in all is refused
 * ({@link #TOO_COMPLEX}): dropping goals or actions would replace content by less without anyone confirming it,
 * and so many parts mean the file was not read as a sheet (or was made to hurt), not a sheet to keep.
 */
public final class SheetLimits {

	/** A count or the whole sheet over its limit. */
	public static final String TOO_COMPLEX = "TOO_COMPLEX";

	/** A text over its limit, where it cannot be cut (a save from a form or a program). */
	public static final String TOO_LONG = "TOO_LONG";

	/** 部局名, 補職, 氏名, and the short words: labels, units, tags, plan codes, spans. */
	public static final int NAME = 200;

	/** A goal's or mid-term goal's name, a link's wording, a target's source wording. */
	public static final int TITLE = 500;

	/** Any running text: a mission, the policy, an item, an action, a review, a description, a step. */
	public static final int TEXT = 20_000;

	/** Missions, policy items, goals of either kind, description items. */
	public static final int PARTS = 200;

	/** Items of a goal, actions of an item, sub-items, targets, links, steps: any list inside a goal. */
	public static final int ENTRIES = 500;

	/** Every list entry of the sheet together (a goal, an item, an action, a link… each counts one). */
	public static final int TOTAL_ENTRIES = 20_000;

	/** The characters of all the sheet's texts together: a version of a few megabytes at most. */
	public static final int TOTAL_CHARACTERS = 1_000_000;

	private SheetLimits() {
	}

	/** The first limit the sheet is over, as a code and a message; empty when it fits. */
	public static Optional<Excess> excess(SheetData sheet) {
		Walk walk = new Walk(false);
		walk.sheet(sheet);
		return walk.excess();
	}

	/**
	 * The sheet with every text over its limit cut to it, and what was cut; counts are not touched (see
	 * {@link #excess} after it).
	 */
	public static Fitted fit(SheetData sheet) {
		Walk walk = new Walk(true);
		SheetData fitted = walk.sheet(sheet);
		return new Fitted(fitted, walk.cuts);
	}

	/** A limit exceeded: {@link #TOO_COMPLEX} or {@link #TOO_LONG}, with what, in Japanese. */
	public record Excess(String code, String message) {
	}

	/** A text cut to its limit: which field, how it began, how long it was and the limit. */
	public record Cut(String field, String original, int length, int limit) {

		/** The beginning of the text as written, to find where it is in a source. */
		public String start() {
			return original.substring(0, Math.min(original.length(), 40));
		}

		public String message() {
			return "「" + field + "」が" + String.format("%,d", limit) + "字を超えるため、" + String.format("%,d", limit)
					+ "字までで切りました（元は" + String.format("%,d", length) + "字）。続きを確かめて直してください";
		}
	}

	/** A sheet after {@link #fit}, with its cuts in the order of the sheet. */
	public record Fitted(SheetData sheet, List<Cut> cuts) {

		public Fitted {
			cuts = List.copyOf(cuts);
		}
	}

	/** One pass over the sheet, either cutting texts or noting the first excess; counts and totals both ways. */
	private static final class Walk {

		private final boolean cut;

		private final List<Cut> cuts = new ArrayList<>();

		private Excess excess;

		private long characters;

		private long entries;

		Walk(boolean cut) {
			this.cut = cut;
		}

		Optional<Excess> excess() {
			if (excess == null && entries > TOTAL_ENTRIES) {
				excess = new Excess(TOO_COMPLEX, "シートの項目（目標・取組み・リンクなど）が多すぎます（" + String.format("%,d", entries)
						+ "件、上限" + String.format("%,d", TOTAL_ENTRIES) + "件）。");
			}
			if (excess == null && characters > TOTAL_CHARACTERS) {
				excess = new Excess(TOO_COMPLEX, "シートの文字数が多すぎます（" + String.format("%,d", characters) + "字、上限"
						+ String.format("%,d", TOTAL_CHARACTERS) + "字）。");
			}
			return Optional.ofNullable(excess);
		}

		SheetData sheet(SheetData s) {
			Department d = s.department();
			Department department = d == null ? null
					: new Department(text("部局名", d.name(), NAME), text("補職", d.headTitle(), NAME),
							text("氏名", d.headName(), NAME));
			count("部局の使命", s.missions(), PARTS);
			List<String> missions = s.missions().stream().map(m -> text("部局の使命", m, TEXT)).toList();
			Policy p = s.policy();
			Policy policy = null;
			if (p != null) {
				count("方針の項目", p.items(), PARTS);
				policy = new Policy(text("取り組み方針", p.statement(), TEXT),
						p.items().stream().map(i -> text("方針の項目", i, TEXT)).toList(),
						text("取り組みの総括", p.summary(), TEXT));
			}
			count("当年度目標", s.annualGoals(), PARTS);
			List<AnnualGoal> goals = s.annualGoals().stream().map(this::goal).toList();
			count("中期目標", s.midTermGoals(), PARTS);
			List<MidTermGoal> mids = s.midTermGoals().stream().map(this::midTerm).toList();
			return new SheetData(s.id(), s.version(), s.municipality(), s.municipalityCode(), s.fiscalYear(),
					s.fiscalYearLabel(), department, missions, policy, goals, mids);
		}

		private AnnualGoal goal(AnnualGoal g) {
			String where = "当年度目標" + g.number();
			count(where + "の取組み事項", g.items(), ENTRIES);
			count(where + "の総合計画", g.planLinks(), ENTRIES);
			count(where + "の基本政策", g.policyLinks(), ENTRIES);
			Review r = g.review();
			Review review = r == null ? null
					: new Review(text(where + "の実績", r.results(), TEXT), text(where + "の課題・今後の方向性", r.issues(), TEXT));
			return new AnnualGoal(g.id(), g.number(), text(where + "の名称", g.title(), TITLE), g.priority(),
					g.items().stream().map(i -> item(where, i)).toList(), plans(where, g.planLinks()),
					policies(where, g.policyLinks()), review);
		}

		private GoalItem item(String goal, GoalItem i) {
			String where = goal + "の取組み事項";
			count(where + "の取組み内容", i.actions(), ENTRIES);
			return new GoalItem(i.id(), text(where + "の番号", i.label(), NAME), text(where, i.text(), TEXT),
					i.actions().stream().map(a -> action(goal, a)).toList());
		}

		private Action action(String goal, Action a) {
			String where = goal + "の取組み内容";
			count(where + "の小項目", a.subItems(), ENTRIES);
			count(where + "の区分", a.tags(), ENTRIES);
			count(where + "の目標値", a.targets(), ENTRIES);
			return new Action(a.id(), text(where + "の番号", a.label(), NAME), text(where, a.text(), TEXT),
					a.subItems().stream().map(s -> subItem(where, s)).toList(), schedule(where, a.schedule()),
					a.tags().stream().map(t -> text(where + "の区分", t, NAME)).toList(),
					a.targets().stream().map(t -> target(where, t)).toList());
		}

		private SubItem subItem(String action, SubItem s) {
			String where = action + "の小項目";
			count(where + "の区分", s.tags(), ENTRIES);
			count(where + "の目標値", s.targets(), ENTRIES);
			return new SubItem(text(where, s.text(), TEXT), s.tags().stream().map(t -> text(where + "の区分", t, NAME)).toList(),
					s.targets().stream().map(t -> target(where, t)).toList(), schedule(where, s.schedule()));
		}

		private Schedule schedule(String where, Schedule s) {
			return s == null ? null
					: new Schedule(text(where + "のスケジュール", s.text(), TITLE), s.kind(), s.startMonth(), s.endMonth());
		}

		private Target target(String where, Target t) {
			return new Target(text(where + "の目標値の名前", t.label(), NAME), t.value(), text(where + "の目標値の単位", t.unit(), NAME),
					text(where + "の目標値の単位", t.per(), NAME), text(where + "の目標値", t.text(), TITLE));
		}

		private List<PlanLink> plans(String where, List<PlanLink> links) {
			return links.stream()
				.map(l -> new PlanLink(text(where + "の総合計画の番号", l.code(), NAME), text(where + "の総合計画", l.text(), TITLE)))
				.toList();
		}

		private List<PolicyLink> policies(String where, List<PolicyLink> links) {
			return links.stream()
				.map(l -> new PolicyLink(l.number(), text(where + "の基本政策", l.title(), TITLE)))
				.toList();
		}

		private MidTermGoal midTerm(MidTermGoal g) {
			String where = "中期目標" + g.number();
			count(where + "の課題・めざす成果", g.descriptionItems(), PARTS);
			count(where + "のスケジュール", g.steps(), ENTRIES);
			count(where + "の総合計画", g.planLinks(), ENTRIES);
			count(where + "の基本政策", g.policyLinks(), ENTRIES);
			List<DescriptionItem> items = g.descriptionItems().stream().map(i -> {
				count(where + "の課題・めざす成果の小項目", i.subItems(), ENTRIES);
				return new DescriptionItem(text(where + "の課題・めざす成果の番号", i.label(), NAME),
						text(where + "の課題・めざす成果", i.text(), TEXT),
						i.subItems().stream().map(t -> text(where + "の課題・めざす成果の小項目", t, TEXT)).toList());
			}).toList();
			List<MidTermStep> steps = g.steps()
				.stream()
				.map(s -> new MidTermStep(text(where + "の工程の番号", s.label(), NAME), text(where + "の工程", s.text(), TEXT),
						text(where + "の工程の見出しの番号", s.groupLabel(), NAME), text(where + "の工程の見出し", s.groupTitle(), TITLE),
						text(where + "の工程の年度", s.spanText(), NAME), s.fromYear(), s.toYear()))
				.toList();
			// the description as one text is the items joined: counted once, through the items
			String description = g.description() == null ? null
					: g.description().length() > TEXT * 2 ? cutTo(where + "の課題・めざす成果", g.description(), TEXT * 2)
							: g.description();
			return new MidTermGoal(g.id(), g.number(), text(where + "の名称", g.title(), TITLE), description, items, steps,
					plans(where, g.planLinks()), policies(where, g.policyLinks()));
		}

		private void count(String field, List<?> list, int limit) {
			entries += list.size();
			if (excess == null && list.size() > limit) {
				excess = new Excess(TOO_COMPLEX, "「" + field + "」が多すぎます（" + String.format("%,d", list.size()) + "件、上限"
						+ String.format("%,d", limit) + "件）。様式どおりのシートか確かめてください。");
			}
		}

		private String text(String field, String value, int limit) {
			if (value == null) {
				return null;
			}
			characters += cut ? Math.min(value.length(), limit) : value.length();
			if (value.length() <= limit) {
				return value;
			}
			return cutTo(field, value, limit);
		}

		private String cutTo(String field, String value, int limit) {
			if (!cut) {
				if (excess == null) {
					excess = new Excess(TOO_LONG, "「" + field + "」は" + String.format("%,d", limit) + "字以内にしてください（いま"
							+ String.format("%,d", value.length()) + "字）。");
				}
				return value;
			}
			cuts.add(new Cut(field, value, value.length(), limit));
			// not between the two halves of a surrogate pair
			int end = Character.isHighSurrogate(value.charAt(limit - 1)) ? limit - 1 : limit;
			return value.substring(0, end);
		}
	}
}
