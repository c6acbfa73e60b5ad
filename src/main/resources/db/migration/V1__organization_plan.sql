-- Municipalities (with their 全国地方公共団体コード when known) and their departments (部局).
create table municipality (
	id bigint generated always as identity primary key,
	code text unique,
	name text not null unique
);

create table department (
	id bigint generated always as identity primary key,
	municipality_id bigint not null references municipality (id),
	name text not null,
	unique (municipality_id, name)
);

-- 総合計画: one node per code (like 5-1-(3)) and municipality; parent_code is the code without its last part, so
-- the tree can be drawn even before the parent nodes themselves were ever named on a sheet.
create table plan_node (
	id bigint generated always as identity primary key,
	municipality_id bigint not null references municipality (id),
	code text not null,
	text text,
	parent_code text,
	unique (municipality_id, code)
);

-- 基本政策: the mayor's numbered basic policies.
create table basic_policy (
	id bigint generated always as identity primary key,
	municipality_id bigint not null references municipality (id),
	number integer not null,
	title text,
	unique (municipality_id, number)
);
