-- The agency directory: a tree of agencies (机关). Codes are the opaque keys the source services use.
CREATE TABLE agency (
    code        VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(64),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    -- Deferred so that an import batch may name a parent that appears later in the same batch.
    CONSTRAINT agency_parent_fk FOREIGN KEY (parent_code) REFERENCES agency (code) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT agency_not_own_parent CHECK (parent_code IS NULL OR parent_code <> code)
);
CREATE INDEX agency_parent_idx ON agency (parent_code);
CREATE INDEX agency_kind_idx ON agency (kind);

-- Narrative sections of a report, authored per agency and year.
CREATE TABLE narrative (
    id          BIGSERIAL    PRIMARY KEY,
    agency_code VARCHAR(64)  NOT NULL REFERENCES agency (code) ON DELETE CASCADE,
    year        INTEGER      NOT NULL,
    section     VARCHAR(16)  NOT NULL,
    text        TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT narrative_key UNIQUE (agency_code, year, section)
);

-- Figures entered by the office that no source service records (e.g. items submitted to the province).
CREATE TABLE supplementary_figure (
    id          BIGSERIAL     PRIMARY KEY,
    agency_code VARCHAR(64)   NOT NULL REFERENCES agency (code) ON DELETE CASCADE,
    year        INTEGER       NOT NULL,
    position    INTEGER       NOT NULL,
    figure_key  VARCHAR(64)   NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    value       NUMERIC       NOT NULL,
    unit        VARCHAR(20),
    CONSTRAINT supplementary_figure_key UNIQUE (agency_code, year, figure_key)
);
