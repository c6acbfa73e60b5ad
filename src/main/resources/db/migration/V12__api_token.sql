-- API tokens (module token): issued by an administrator for one or more departments of a municipality, for the write
-- endpoints of the API its scopes name (PROGRESS: 進行管理の更新, IMPORT: 目標シートの取込み). Only the SHA-256 of the
-- token is stored; the token itself is shown once, when issued. prefix is its first characters, so a list can name
-- it. A revoked token stays listed (who revoked it, when) and never authenticates again.
create table api_token (
	id bigint generated always as identity primary key,
	municipality_id bigint not null references municipality (id),
	name text not null,
	prefix text not null,
	secret_hash bytea not null unique,
	scopes text[] not null,
	created_by_id bigint,
	created_by_name text not null,
	created_at timestamptz not null,
	last_used_at timestamptz,
	revoked_at timestamptz,
	revoked_by_name text
);

create index api_token_municipality on api_token (municipality_id, id);

create table api_token_department (
	token_id bigint not null references api_token (id) on delete cascade,
	department_id bigint not null references department (id),
	primary key (token_id, department_id)
);

-- The audit log records issuing and revoking tokens under a kind of their own.
alter table audit_event drop constraint audit_event_kind_check;
alter table audit_event add constraint audit_event_kind_check
	check (kind in ('SIGN_IN', 'SIGN_IN_FAILED', 'ACCOUNT', 'STEP', 'EXPORT', 'TOKEN'));
