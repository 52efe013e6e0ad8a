-- Working-day calendar: only declared days are stored; ordinary weekdays and weekends follow from the date.
CREATE TABLE calendar_year (
    year       INT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    source     VARCHAR(40) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE calendar_day (
    day  DATE PRIMARY KEY,
    year INT         NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    kind VARCHAR(20) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY'))
);
CREATE INDEX calendar_day_year ON calendar_day (year);

CREATE SEQUENCE information_request_seq INCREMENT BY 50;

CREATE TABLE information_request (
    id                     BIGINT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    agency                 VARCHAR(64)   NOT NULL,
    tracking_number        VARCHAR(64)   NOT NULL,
    channel                VARCHAR(20)   NOT NULL CHECK (channel IN ('ONLINE', 'LETTER', 'IN_PERSON', 'FAX')),
    registered_post        BOOLEAN       NOT NULL DEFAULT FALSE,
    applicant_type         VARCHAR(20)   NOT NULL,
    -- personal data: only the single-request view reads these columns
    applicant_name         VARCHAR(200),
    applicant_id_type      VARCHAR(20),
    applicant_id_number    VARCHAR(64),
    applicant_phone        VARCHAR(40),
    applicant_address      VARCHAR(500),
    subject                VARCHAR(2000) NOT NULL,
    subject_key            VARCHAR(2000) NOT NULL,
    arrived_at             TIMESTAMPTZ,
    received_on            DATE,
    status                 VARCHAR(30)   NOT NULL,
    outcome                VARCHAR(40),
    concluded_on           DATE,
    fee_charged_yuan       NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (fee_charged_yuan >= 0),
    published_agency       VARCHAR(64),
    published_index_number VARCHAR(100),
    origin                 VARCHAR(10)   NOT NULL,
    import_hash            VARCHAR(64),
    created_at             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT information_request_key UNIQUE (agency, tracking_number),
    CONSTRAINT information_request_outcome_with_date CHECK ((outcome IS NULL) = (concluded_on IS NULL)),
    CONSTRAINT information_request_concluded_after_receipt
        CHECK (concluded_on IS NULL OR (received_on IS NOT NULL AND concluded_on >= received_on))
);
CREATE INDEX information_request_received ON information_request (agency, received_on);
CREATE INDEX information_request_concluded ON information_request (agency, concluded_on);
CREATE INDEX information_request_subject ON information_request (agency, subject_key);
CREATE INDEX information_request_applicant ON information_request (agency, applicant_id_number, received_on);

CREATE SEQUENCE request_event_seq INCREMENT BY 50;

CREATE TABLE request_event (
    id                     BIGINT PRIMARY KEY,
    request_id             BIGINT        NOT NULL REFERENCES information_request (id) ON DELETE CASCADE,
    seq                    INT           NOT NULL,
    type                   VARCHAR(30)   NOT NULL,
    on_date                DATE,
    recorded_at            TIMESTAMPTZ   NOT NULL,
    actor                  VARCHAR(200)  NOT NULL,
    reason                 VARCHAR(2000),
    received_on            DATE,
    working_days           INT,
    approved_by            VARCHAR(200),
    party                  VARCHAR(20),
    amount_yuan            NUMERIC(12, 2),
    outcome                VARCHAR(40),
    window_ends_on         DATE,
    due_on                 DATE,
    extended               BOOLEAN,
    concluded_on           DATE,
    published_agency       VARCHAR(64),
    published_index_number VARCHAR(100),
    CONSTRAINT request_event_order UNIQUE (request_id, seq)
);
