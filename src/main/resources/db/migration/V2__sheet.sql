-- 部局長の目標: one sheet per municipality × department × fiscal year. Every child table carries sheet_id so a
-- sheet loads with one query per table and is replaced with one delete per table; the parent ids inside a sheet
-- are not foreign keys because the sheet is always written whole, and each extra key costs a check per row on
-- every import. The has_* columns tell an absent part (null) from one whose fields are all still empty.
-- content_hash (SHA-256 of the sheet's JSON without ids and version) lets a re-import of an unchanged sheet be
-- recognised with one small read.
create table goal_sheet (
	id uuid primary key,
	municipality_id bigint not null references municipality (id),
	department_id bigint not null references department (id),
	fiscal_year integer not null,
	head_title text,
	head_name text,
	has_policy boolean not null,
	policy_statement text,
	policy_summary text,
	version integer not null,
	content_hash bytea not null,
	source_name text,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	unique (municipality_id, department_id, fiscal_year)
);

create index goal_sheet_fiscal_year on goal_sheet (fiscal_year);

-- 部局の使命
create table mission (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	position integer not null,
	text text not null,
	primary key (sheet_id, position)
);

-- the ○ paragraphs of the 取り組み方針
create table policy_item (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	position integer not null,
	text text not null,
	primary key (sheet_id, position)
);

-- 当年度目標 with its year-end review (振り返り)
create table annual_goal (
	id uuid primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	position integer not null,
	number integer not null,
	title text,
	priority boolean not null,
	has_review boolean not null,
	review_results text,
	review_issues text,
	unique (sheet_id, position)
);

-- 取組み事項
create table goal_item (
	id uuid primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	annual_goal_id uuid not null,
	position integer not null,
	label text,
	text text
);

create index goal_item_sheet on goal_item (sheet_id);

-- 取組み内容
create table action (
	id uuid primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	goal_item_id uuid not null,
	position integer not null,
	label text,
	text text,
	has_schedule boolean not null,
	schedule_text text,
	schedule_kind text,
	schedule_start_month smallint check (schedule_start_month between 1 and 12),
	schedule_end_month smallint check (schedule_end_month between 1 and 12),
	tags text[] not null
);

create index action_sheet on action (sheet_id);

create table sub_item (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	action_id uuid not null,
	position integer not null,
	text text,
	tags text[] not null,
	has_schedule boolean not null,
	schedule_text text,
	schedule_kind text,
	schedule_start_month smallint check (schedule_start_month between 1 and 12),
	schedule_end_month smallint check (schedule_end_month between 1 and 12),
	primary key (action_id, position)
);

create index sub_item_sheet on sub_item (sheet_id);

-- 目標値 of an action, or of one of its sub-items when sub_item_position is set
create table target (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	action_id uuid not null,
	sub_item_position integer not null default -1,
	position integer not null,
	label text,
	value numeric,
	unit text,
	per text,
	text text,
	primary key (action_id, sub_item_position, position)
);

create index target_sheet on target (sheet_id);

-- 中期目標
create table mid_term_goal (
	id uuid primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	position integer not null,
	number integer not null,
	title text,
	description text,
	unique (sheet_id, position)
);

create table mid_term_description_item (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	mid_term_goal_id uuid not null,
	position integer not null,
	label text,
	text text,
	sub_items text[] not null,
	primary key (mid_term_goal_id, position)
);

create index mid_term_description_item_sheet on mid_term_description_item (sheet_id);

-- スケジュール(工程)
create table mid_term_step (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	mid_term_goal_id uuid not null,
	position integer not null,
	label text,
	text text,
	group_label text,
	group_title text,
	span_text text,
	from_year integer,
	to_year integer,
	primary key (mid_term_goal_id, position)
);

create index mid_term_step_sheet on mid_term_step (sheet_id);

-- Links of annual (goal_kind 'A') and mid-term ('M') goals to the 総合計画 and the 基本政策. Code, number and
-- wording are kept as the sheet gave them, so an old sheet reads as published even after the catalogue changes.
create table goal_plan_link (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	goal_kind char(1) not null check (goal_kind in ('A', 'M')),
	goal_id uuid not null,
	position integer not null,
	plan_node_id bigint references plan_node (id),
	code text,
	text text,
	primary key (goal_id, position)
);

create index goal_plan_link_sheet on goal_plan_link (sheet_id);
create index goal_plan_link_node on goal_plan_link (plan_node_id);

create table goal_policy_link (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	goal_kind char(1) not null check (goal_kind in ('A', 'M')),
	goal_id uuid not null,
	position integer not null,
	basic_policy_id bigint not null references basic_policy (id),
	number integer not null,
	title text,
	primary key (goal_id, position)
);

create index goal_policy_link_sheet on goal_policy_link (sheet_id);
create index goal_policy_link_policy on goal_policy_link (basic_policy_id);

-- Every save, as the open-data JSON of that version.
create table sheet_version (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	version integer not null,
	snapshot jsonb not null,
	source_name text,
	created_at timestamptz not null,
	reason text not null,
	primary key (sheet_id, version)
);

-- Problems met while reading the current version, kept so an editor can fix them.
create table sheet_warning (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	position integer not null,
	line integer not null,
	col integer,
	code text,
	message text,
	text text,
	primary key (sheet_id, position)
);
