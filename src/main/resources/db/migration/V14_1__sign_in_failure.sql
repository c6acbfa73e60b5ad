-- Failed sign-ins (the form and HTTP Basic alike), counted in PostgreSQL so that every node of a cluster refuses
-- the same guesses (account.SignInThrottle). One row per user name and one per client address that failed within
-- the window; the key is the SHA-256 of kind and value (bounded, and a password typed into the name field is not
-- kept in clear). Rows older than the window are purged; a lock-out lasts the window from the last failure.
create table sign_in_failure (
	key bytea primary key,
	kind text not null check (kind in ('NAME', 'ADDRESS')),
	failures integer not null,
	last_at timestamptz not null
);

create index sign_in_failure_last_at on sign_in_failure (last_at);
