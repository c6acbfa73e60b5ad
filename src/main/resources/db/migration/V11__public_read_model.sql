-- The published read model (module portal): what the public may browse across sheets, one row set per sheet, taken
-- from the snapshot of the version the public reads. The structured tables (V2) hold each sheet's CURRENT version,
-- which for staff may be a draft newer than the publication, so lists for the public are drawn from here. A sheet's
-- rows are rewritten when its published version changes (publication, archive import, year-end review) and removed
-- when the publication is withdrawn; edits of a published sheet change nothing here until published again.
-- Filled from existing data by the application (PublishedIndex.rebuild) when these tables are empty.
create table public_sheet (
	sheet_id uuid primary key references goal_sheet (id) on delete cascade,
	municipality_id bigint not null references municipality (id),
	department_id bigint not null references department (id),
	-- as the published version names it
	department_name text not null,
	fiscal_year integer not null,
	published_version integer not null,
	published_at timestamptz not null,
	-- 作成基準日
	as_of date,
	-- the phase the version was published in: REVIEW when it carries the year-end review
	phase text not null check (phase in ('PLAN', 'REVIEW')),
	-- counts for lists and dashboards, the same the rows below give
	annual_goals integer not null,
	mid_term_goals integer not null,
	priority_goals integer not null,
	new_actions integer not null,
	expanded_actions integer not null
);

create index public_sheet_municipality_year on public_sheet (municipality_id, fiscal_year);

-- 当年度目標 (kind 'A') and 中期目標 ('M') of the published version; position is the goal's place in its list.
create table public_goal (
	sheet_id uuid not null references public_sheet (sheet_id) on delete cascade,
	kind char(1) not null check (kind in ('A', 'M')),
	position integer not null,
	number integer not null,
	title text,
	priority boolean not null,
	goal_id uuid,
	primary key (sheet_id, kind, position)
);

create index public_goal_priority on public_goal (sheet_id) where priority;

-- 総合計画 links as the published version gives them (codes canonical, like 5-1-(3)); links without a code are left out.
create table public_goal_plan (
	sheet_id uuid not null,
	kind char(1) not null,
	goal_position integer not null,
	position integer not null,
	code text not null,
	text text,
	primary key (sheet_id, kind, goal_position, position),
	foreign key (sheet_id, kind, goal_position) references public_goal (sheet_id, kind, position) on delete cascade
);

create index public_goal_plan_code on public_goal_plan (code);

-- 基本政策 links.
create table public_goal_policy (
	sheet_id uuid not null,
	kind char(1) not null,
	goal_position integer not null,
	position integer not null,
	number integer not null,
	title text,
	primary key (sheet_id, kind, goal_position, position),
	foreign key (sheet_id, kind, goal_position) references public_goal (sheet_id, kind, position) on delete cascade
);

create index public_goal_policy_number on public_goal_policy (number);

-- 取組み内容 of the annual goals, and their sub-points (sub_position >= 0; -1 for the action itself), with the
-- [新規] / [拡充] tags each carries.
create table public_action (
	sheet_id uuid not null references public_sheet (sheet_id) on delete cascade,
	goal_position integer not null,
	goal_number integer not null,
	item_position integer not null,
	item_label text,
	action_position integer not null,
	sub_position integer not null,
	label text,
	text text,
	tags text[] not null,
	schedule_kind text,
	schedule_text text,
	primary key (sheet_id, goal_position, item_position, action_position, sub_position)
);

create index public_action_tags on public_action using gin (tags);
