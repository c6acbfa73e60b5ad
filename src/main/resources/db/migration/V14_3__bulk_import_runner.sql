-- Who runs a bulk import now (a process and its run, see BulkImports.Runners), beside heartbeat_at (its last sign of
-- life). A run whose runner has gone (its process ended, or no beat for BulkImport.STALE) is marked interrupted:
-- runner null, interrupted_at set; only then may another runner take it over, one at a time.
alter table bulk_import add column runner text;
alter table bulk_import add column interrupted_at timestamptz;
