-- Append-only audit log: who (token subject and agency) did what to which record, and when.
-- Every write and every read of personal data adds a row in the same transaction as the act itself.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id             BIGINT        PRIMARY KEY,
    occurred_at    TIMESTAMPTZ   NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    subject_agency VARCHAR(64),
    roles          VARCHAR(200)  NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    record_type    VARCHAR(64)   NOT NULL,
    record_agency  VARCHAR(64),
    record_key     VARCHAR(200),
    detail         VARCHAR(1000)
);
CREATE INDEX audit_entry_agency_time ON audit_entry (record_agency, occurred_at);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);

-- Rows are never changed or removed by the application; the database refuses it too. (A production
-- deployment also grants the service role only INSERT and SELECT on this table: docs/THREAT-MODEL.md.)
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
