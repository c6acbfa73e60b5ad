-- A re-import now compares the parsed sheet with the current version's snapshot (records compare by value), so
-- the hash of the content is no longer needed; computing it serialised every imported sheet a second time.
alter table goal_sheet drop column content_hash;
