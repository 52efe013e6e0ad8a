-- Statutory letters (DOMAIN.md §3.3): each has a document number (文号) from a per-agency, per-year sequence, the
-- DOCX as issued and its SHA-256; delivery (送达) is recorded on the letter and as an event of the request.

-- An agency's letterhead and numbering pattern; without a row the agency code and DocumentNumbers.DEFAULT_PATTERN.
CREATE TABLE letter_setting (
    agency         VARCHAR(64)  PRIMARY KEY,
    agency_name    VARCHAR(200) NOT NULL,
    number_pattern VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

-- The last number issued per agency and year. Incremented in the issuing transaction (INSERT … ON CONFLICT DO
-- UPDATE … RETURNING): the row lock serialises concurrent issuers and a rolled-back letter rolls back its number,
-- so the sequence has no gaps; a database SEQUENCE would leave one for every rollback.
CREATE TABLE letter_counter (
    agency      VARCHAR(64) NOT NULL,
    year        INT         NOT NULL,
    last_number INT         NOT NULL,
    PRIMARY KEY (agency, year)
);

CREATE SEQUENCE letter_seq INCREMENT BY 50;

CREATE TABLE letter (
    id              BIGINT        PRIMARY KEY,
    request_id      BIGINT        NOT NULL REFERENCES information_request (id) ON DELETE CASCADE,
    agency          VARCHAR(64)   NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    outcome         VARCHAR(40),
    year            INT           NOT NULL,
    number          INT           NOT NULL,
    document_number VARCHAR(200)  NOT NULL,
    issued_on       DATE          NOT NULL,
    issued_at       TIMESTAMPTZ   NOT NULL,
    issued_by       VARCHAR(200)  NOT NULL,
    recipient       VARCHAR(200),
    sha256          VARCHAR(64)   NOT NULL,
    content         BYTEA         NOT NULL,
    delivery_method VARCHAR(20),
    delivered_on    DATE,
    delivered_by    VARCHAR(200),
    CONSTRAINT letter_number UNIQUE (agency, year, number),
    CONSTRAINT letter_document_number UNIQUE (agency, document_number),
    CONSTRAINT letter_delivery CHECK ((delivery_method IS NULL) = (delivered_on IS NULL))
);
CREATE INDEX letter_request ON letter (request_id);
