-- Transactional outbox (platform outbox/): the same tables as every service that sends events; here a published
-- report (report.published) is recorded in the publication's transaction.
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
