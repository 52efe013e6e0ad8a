-- A year's published figures of an agency's report (its national tables as published), entered by a supervisor for
-- a year before the agency kept records here: last year's values and checks use them where there are no records.
CREATE TABLE baseline (
    id          BIGSERIAL     PRIMARY KEY,
    agency_code VARCHAR(64)   NOT NULL REFERENCES agency (code) ON DELETE CASCADE,
    year        INTEGER       NOT NULL,
    scope       VARCHAR(16)   NOT NULL CHECK (scope IN ('SELF', 'SUBTREE')),
    format      VARCHAR(16)   NOT NULL,
    tables      TEXT          NOT NULL,
    entered_by  VARCHAR(200)  NOT NULL,
    entered_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT baseline_key UNIQUE (agency_code, year, scope)
);
