-- Cases about disclosure acts: 行政复议 (reconsideration), 行政诉讼 (lawsuit), 举报投诉 (complaint).
-- `agency` is always the agency whose disclosure act is challenged (the respondent); cases count in
-- the year they were filed (受理), so each table carries that year as a stored column indexed with the agency.

CREATE SEQUENCE reconsideration_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reconsideration (
    id                      BIGINT       PRIMARY KEY,
    agency                  VARCHAR(64)  NOT NULL,
    case_number             VARCHAR(100) NOT NULL,
    filed_on                DATE         NOT NULL,
    filed_year              INTEGER      GENERATED ALWAYS AS (EXTRACT(YEAR FROM filed_on)::INTEGER) STORED,
    request_agency          VARCHAR(64),
    request_tracking_number VARCHAR(100),
    result                  VARCHAR(16),
    result_kind             VARCHAR(32),
    decided_on              DATE,
    version                 BIGINT       NOT NULL,
    CONSTRAINT reconsideration_key UNIQUE (agency, case_number),
    CONSTRAINT reconsideration_decided CHECK ((result IS NULL) = (decided_on IS NULL)),
    CONSTRAINT reconsideration_dates CHECK (decided_on IS NULL OR decided_on >= filed_on)
);
CREATE INDEX reconsideration_year_agency ON reconsideration (filed_year, agency);

CREATE SEQUENCE lawsuit_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lawsuit (
    id                                BIGINT       PRIMARY KEY,
    agency                            VARCHAR(64)  NOT NULL,
    case_number                       VARCHAR(100) NOT NULL,
    filed_on                          DATE         NOT NULL,
    filed_year                        INTEGER      GENERATED ALWAYS AS (EXTRACT(YEAR FROM filed_on)::INTEGER) STORED,
    route                             VARCHAR(32)  NOT NULL,
    reconsideration_agency            VARCHAR(64),
    reconsideration_case_number       VARCHAR(100),
    court                             VARCHAR(200),
    request_agency                    VARCHAR(64),
    request_tracking_number           VARCHAR(100),
    result                            VARCHAR(16),
    result_kind                       VARCHAR(32),
    decided_on                        DATE,
    version                           BIGINT       NOT NULL,
    CONSTRAINT lawsuit_key UNIQUE (agency, case_number),
    CONSTRAINT lawsuit_decided CHECK ((result IS NULL) = (decided_on IS NULL)),
    CONSTRAINT lawsuit_dates CHECK (decided_on IS NULL OR decided_on >= filed_on),
    CONSTRAINT lawsuit_route_link CHECK (route = 'AFTER_RECONSIDERATION' OR reconsideration_case_number IS NULL)
);
CREATE INDEX lawsuit_year_agency ON lawsuit (filed_year, agency);

-- Appeals (second instance, retrial) are recorded with the case; the case itself counts once.
CREATE TABLE lawsuit_appeal (
    lawsuit_id  BIGINT       NOT NULL REFERENCES lawsuit (id) ON DELETE CASCADE,
    instance    INTEGER      NOT NULL,
    court       VARCHAR(200),
    decided_on  DATE,
    result      VARCHAR(16),
    PRIMARY KEY (lawsuit_id, instance)
);

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE complaint (
    id               BIGINT        PRIMARY KEY,
    agency           VARCHAR(64)   NOT NULL,
    reference_number VARCHAR(100)  NOT NULL,
    received_on      DATE          NOT NULL,
    received_year    INTEGER       GENERATED ALWAYS AS (EXTRACT(YEAR FROM received_on)::INTEGER) STORED,
    subject          VARCHAR(500)  NOT NULL,
    result           VARCHAR(2000),
    version          BIGINT        NOT NULL,
    CONSTRAINT complaint_key UNIQUE (agency, reference_number)
);
CREATE INDEX complaint_year_agency ON complaint (received_year, agency);
