-- Applicants' personal data encrypted at rest (AES-GCM in the service, key from opendata.pii.key): the columns
-- now hold "v1:" + base64 ciphertext, wider than the clear text, and the id number gets a keyed fingerprint
-- (HMAC) for the one equality lookup, the same applicant's requests in a month (fees).
ALTER TABLE information_request
    ALTER COLUMN applicant_name      TYPE VARCHAR(2000),
    ALTER COLUMN applicant_id_number TYPE VARCHAR(2000),
    ALTER COLUMN applicant_phone     TYPE VARCHAR(2000),
    ALTER COLUMN applicant_address   TYPE VARCHAR(4000),
    ADD COLUMN applicant_id_index VARCHAR(64);
DROP INDEX information_request_applicant;
CREATE INDEX information_request_applicant ON information_request (agency, applicant_id_index, received_on);

-- Rows written before this migration hold personal data in clear and SQL has no key to encrypt them. Nothing
-- had been released, so they lose it rather than keep it in clear; clearing import_hash makes the next
-- import of the same lines restore it, encrypted.
UPDATE information_request
   SET applicant_name = NULL, applicant_id_number = NULL, applicant_phone = NULL, applicant_address = NULL,
       import_hash = NULL
 WHERE applicant_name IS NOT NULL OR applicant_id_number IS NOT NULL
    OR applicant_phone IS NOT NULL OR applicant_address IS NOT NULL;

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
