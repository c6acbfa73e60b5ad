-- 振り返り: the year-end review runs the same states as the plan, in a phase of its own (no hearing). Steps remember
-- the phase they were taken in, so the history can tell the plan's submission from the review's.
alter table sheet_workflow add column phase text not null default 'PLAN' check (phase in ('PLAN', 'REVIEW'));
alter table sheet_step add column phase text not null default 'PLAN' check (phase in ('PLAN', 'REVIEW'));
