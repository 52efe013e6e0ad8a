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

-- Transactional outbox (platform outbox/): events are written in the transaction of the change, with one delivery per
-- subscription of the agency; the dispatcher posts them, signed, and logs every attempt.
CREATE TABLE outbox_subscription (
    id          BIGSERIAL     PRIMARY KEY,
    agency      VARCHAR(64)   NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    event_types VARCHAR(2000),
    active      BOOLEAN       NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    created_by  VARCHAR(200)  NOT NULL
);
CREATE INDEX outbox_subscription_agency ON outbox_subscription (agency) WHERE active;

CREATE TABLE outbox_event (
    id          UUID          PRIMARY KEY,
    type        VARCHAR(60)   NOT NULL,
    agency      VARCHAR(64)   NOT NULL,
    record_key  VARCHAR(200),
    -- a reminder about the same due date is recorded once
    dedupe_key  VARCHAR(200)  UNIQUE,
    body        TEXT          NOT NULL,
    occurred_at TIMESTAMPTZ   NOT NULL
);

CREATE TABLE outbox_delivery (
    id              BIGSERIAL     PRIMARY KEY,
    event_id        UUID          NOT NULL REFERENCES outbox_event (id),
    subscription_id BIGINT        NOT NULL REFERENCES outbox_subscription (id),
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    last_status     INT,
    last_error      VARCHAR(1000),
    delivered_at    TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT outbox_delivery_once UNIQUE (event_id, subscription_id)
);
CREATE INDEX outbox_delivery_due ON outbox_delivery (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE outbox_attempt (
    id           BIGSERIAL     PRIMARY KEY,
    delivery_id  BIGINT        NOT NULL REFERENCES outbox_delivery (id),
    attempted_at TIMESTAMPTZ   NOT NULL,
    http_status  INT,
    error        VARCHAR(1000)
);
CREATE INDEX outbox_attempt_delivery ON outbox_attempt (delivery_id);
