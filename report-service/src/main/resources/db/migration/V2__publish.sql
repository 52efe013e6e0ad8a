-- Published reports: frozen snapshots of an assembled report with its rendered documents. A snapshot is written
-- once and never recomputed; a new publication of the same (agency, year, format, scope) is the next revision.
CREATE TABLE published_report (
    id             BIGSERIAL     PRIMARY KEY,
    agency_code    VARCHAR(64)   NOT NULL,
    agency_name    VARCHAR(200),
    year           INTEGER       NOT NULL,
    format         VARCHAR(16)   NOT NULL,
    scope          VARCHAR(16)   NOT NULL,
    revision       INTEGER       NOT NULL,
    title          VARCHAR(1000),
    rounding       VARCHAR(24)   NOT NULL,
    decimals       INTEGER       NOT NULL,
    published_at   TIMESTAMPTZ   NOT NULL,
    published_by   VARCHAR(200),
    -- The canonical JSON exactly as served (bytes, not jsonb, so it comes back byte for byte).
    report_json    BYTEA         NOT NULL,
    json_sha256    VARCHAR(64)   NOT NULL,
    json_size      BIGINT        NOT NULL,
    -- SHA-256 of the canonical JSON without generation time and source timings: equal content, equal hash.
    content_sha256 VARCHAR(64)   NOT NULL,
    CONSTRAINT published_report_key UNIQUE (agency_code, year, format, scope, revision),
    CONSTRAINT published_report_revision_positive CHECK (revision >= 1)
);
CREATE INDEX published_report_year_idx ON published_report (year, agency_code);

CREATE TABLE published_document (
    id                  BIGSERIAL     PRIMARY KEY,
    published_report_id BIGINT        NOT NULL REFERENCES published_report (id),
    type                VARCHAR(16)   NOT NULL,
    media_type          VARCHAR(100)  NOT NULL,
    content             BYTEA         NOT NULL,
    sha256              VARCHAR(64)   NOT NULL,
    byte_size           BIGINT        NOT NULL,
    CONSTRAINT published_document_key UNIQUE (published_report_id, type)
);

-- The database itself refuses to change a snapshot, whatever code runs against it.
CREATE FUNCTION published_snapshot_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published report snapshots are immutable (table %)', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER published_report_no_update BEFORE UPDATE ON published_report
    FOR EACH ROW EXECUTE FUNCTION published_snapshot_immutable();
CREATE TRIGGER published_document_no_update BEFORE UPDATE ON published_document
    FOR EACH ROW EXECUTE FUNCTION published_snapshot_immutable();
