-- People who sign in. A user belongs to one municipality (the one whose departments they can be given); usernames
-- are unique whatever their case, so "Tanaka" and "tanaka" cannot be two accounts.
create table app_user (
	id bigint generated always as identity primary key,
	municipality_id bigint not null references municipality (id),
	username text not null,
	display_name text not null,
	password_hash text not null,
	enabled boolean not null default true,
	created_at timestamptz not null,
	updated_at timestamptz not null
);

create unique index app_user_username on app_user (lower(username));

-- What a user may do (account.Role); several per user.
create table user_role (
	user_id bigint not null references app_user (id) on delete cascade,
	role text not null check (role in ('ADMIN', 'EDITOR', 'HEAD', 'EXECUTIVE', 'VIEWER')),
	primary key (user_id, role)
);

-- The departments (部局) whose sheets a user edits (EDITOR) or approves (HEAD); several per user.
create table user_department (
	user_id bigint not null references app_user (id) on delete cascade,
	department_id bigint not null references department (id),
	primary key (user_id, department_id)
);

create index user_department_department on user_department (department_id);
