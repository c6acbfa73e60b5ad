-- The yearly cycle (module workflow). sheet_workflow: where each sheet stands; the version the public reads is
-- published_version, fixed until the next publication, whatever drafts follow it. revision grows with every change,
-- so caches in other processes can tell a newer state from an older one.
create table sheet_workflow (
	sheet_id uuid primary key references goal_sheet (id) on delete cascade,
	-- the sheet's department, whose editors, head and staff the steps are checked against
	department_id bigint not null references department (id),
	status text not null check (status in ('DRAFT', 'SUBMITTED', 'HEARING_HELD', 'RESUBMITTED', 'APPROVED', 'PUBLISHED')),
	version integer not null,
	published_version integer,
	published_at timestamptz,
	-- 作成基準日: the date the published sheet is "as of" (the city writes 4月1日)
	as_of date,
	head_approved boolean not null default false,
	executive_approved boolean not null default false,
	revision bigint not null default 1,
	updated_at timestamptz not null
);

-- Sheets stored before the cycle existed were shown to everyone: they stay published, as of their last import.
insert into sheet_workflow (sheet_id, department_id, status, version, published_version, published_at, as_of,
	updated_at)
select id, department_id, 'PUBLISHED', version, version, updated_at, (updated_at at time zone 'Asia/Tokyo')::date,
	updated_at
from goal_sheet;

create index sheet_workflow_published on sheet_workflow (published_version) where published_version is not null;

-- 手続きの記録: every step taken (submission, hearing, approvals, publication…), with who, when and a comment.
-- The actor is kept by id and by name as shown then: the record must read the same after the account changes.
create table sheet_step (
	id bigserial primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	step text not null,
	from_status text,
	to_status text not null,
	version integer not null,
	actor_id bigint,
	actor_name text not null,
	comment text,
	at timestamptz not null
);

create index sheet_step_sheet on sheet_step (sheet_id, id);

-- ヒアリング: the hearing the mayor's office holds on a submitted sheet, with comments per goal.
create table hearing (
	id bigserial primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	version integer not null,
	held_on date not null,
	participants text not null,
	comment text,
	recorded_by_id bigint,
	recorded_by_name text not null,
	recorded_at timestamptz not null
);

create index hearing_sheet on hearing (sheet_id, id);

-- goal_id is not a foreign key: a sheet's goal rows are rewritten (under the same ids) by every save.
create table hearing_goal_comment (
	hearing_id bigint not null references hearing (id) on delete cascade,
	position integer not null,
	goal_id uuid,
	goal_number integer,
	goal_title text,
	comment text not null,
	primary key (hearing_id, position)
);

-- Who saved each version (the history shows it); null for the command line and for versions saved before.
alter table sheet_version add column author_id bigint;
alter table sheet_version add column author_name text;

-- How many goals each version has, so that lists of published versions need not read their snapshots.
alter table sheet_version add column annual_goals integer;
alter table sheet_version add column mid_term_goals integer;
update sheet_version set annual_goals = json_array_length(snapshot -> 'annualGoals'),
	mid_term_goals = json_array_length(snapshot -> 'midTermGoals');
