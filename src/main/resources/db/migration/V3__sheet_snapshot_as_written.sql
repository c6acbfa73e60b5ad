-- Keep each version's JSON exactly as written (json, not jsonb): the API serves it byte for byte, without parsing
-- and re-serialising, and saving does not convert it to jsonb's binary form. Field order stays the published one.
alter table sheet_version alter column snapshot type json using snapshot::json;
