-- 監査ログ: sign-ins, account changes, the cycle's steps, exports. The actor is kept by id and by name as shown
-- then, so a line reads the same after the account changes; department and sheet as ids (no foreign keys: the log
-- outlives what it mentions).
create table audit_event (
	id bigint generated always as identity primary key,
	at timestamptz not null,
	actor_id bigint,
	actor_name text not null,
	kind text not null check (kind in ('SIGN_IN', 'SIGN_IN_FAILED', 'ACCOUNT', 'STEP', 'EXPORT')),
	department_id bigint,
	sheet_id uuid,
	summary text
);

create index audit_event_at on audit_event (at);
create index audit_event_department on audit_event (department_id, at);
