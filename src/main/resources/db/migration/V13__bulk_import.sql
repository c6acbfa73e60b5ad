-- 一括取込み: a city's archive (a .zip, or a folder from the command line) imported file by file in the background.
-- Every file is kept here until it is done, so an interrupted run resumes where it stopped; a file's outcome is
-- written in the transaction that stores its sheet, so no file is imported twice.
create table bulk_import (
	id uuid primary key,
	source_name text not null,
	fiscal_year integer,
	municipality text,
	published boolean not null,
	created_at timestamptz not null,
	created_by bigint references app_user (id),
	created_by_name text not null,
	-- the file being read now, and when the runner last showed life: a run without a sign of life is interrupted
	current_file text,
	heartbeat_at timestamptz,
	finished_at timestamptz
);

create index bulk_import_created on bulk_import (created_at desc);

create table bulk_import_file (
	bulk_id uuid not null references bulk_import (id) on delete cascade,
	position integer not null,
	name text not null,
	size bigint not null,
	-- the bytes until the file is done (then null: the sheet's versions keep what was read)
	content bytea,
	-- null while to do; IMPORTED, WARNINGS (imported with warnings), UNCHANGED (same as the stored version), REFUSED
	outcome text check (outcome in ('IMPORTED', 'WARNINGS', 'UNCHANGED', 'REFUSED')),
	code text,
	message text,
	warnings integer,
	sheet_id uuid references goal_sheet (id) on delete set null,
	version integer,
	department text,
	fiscal_year integer,
	done_at timestamptz,
	primary key (bulk_id, position)
);

create index bulk_import_file_todo on bulk_import_file (bulk_id, position) where outcome is null;
