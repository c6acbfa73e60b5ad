-- 進行管理 (module progress): per action and per quarter of the fiscal year, a status, a comment and the actual value
-- of each of its targets so far. action_id is the stable id a sheet's action keeps across versions; it is NOT a
-- foreign key to the action rows, which every save of the sheet rewrites under the same ids.
create table action_progress (
	id bigint generated always as identity primary key,
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	action_id uuid not null,
	fiscal_year integer not null,
	quarter smallint not null check (quarter between 1 and 4),
	status text not null check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE', 'STOPPED')),
	comment text,
	-- who saved it last, by id and by name as shown then (the record reads the same after the account changes)
	updated_by_id bigint,
	updated_by_name text not null,
	updated_at timestamptz not null,
	-- optimistic locking: a save names the version it started from
	version integer not null default 1,
	unique (action_id, quarter)
);

create index action_progress_sheet on action_progress (sheet_id, quarter);

-- 実績値: the actual value so far of one target of an action (sub_item_position -1: the action's own targets, else
-- the position of the sub-point that names it), for a quarter.
create table target_actual (
	sheet_id uuid not null references goal_sheet (id) on delete cascade,
	action_id uuid not null,
	sub_item_position integer not null check (sub_item_position >= -1),
	target_position integer not null check (target_position >= 0),
	quarter smallint not null check (quarter between 1 and 4),
	actual numeric not null check (actual >= 0),
	primary key (action_id, quarter, sub_item_position, target_position)
);

create index target_actual_sheet on target_actual (sheet_id, quarter);

-- Reminders of due progress updates go to the department's editors at this address (none: no reminder).
alter table app_user add column email text;
