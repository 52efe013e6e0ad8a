-- Proactive disclosure (主动公开): the item register, the yearly tallies entered per agency, and the maintained
-- yearly figures the statistics endpoint reads (kept in step with the items in the same transaction).
-- Agency codes and index numbers are identifiers: byte order (COLLATE "C") keeps their indexes cheap to compare.

CREATE TABLE disclosure_item (
    agency          VARCHAR(64) COLLATE "C"   NOT NULL,
    index_number    VARCHAR(100) COLLATE "C"  NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    document_number VARCHAR(200),
    category        VARCHAR(32)   NOT NULL,
    published_at    TIMESTAMPTZ   NOT NULL,
    -- derived from published_at in Asia/Shanghai: the report year is the calendar year in China Standard Time
    published_on    DATE          NOT NULL,
    published_year  INTEGER       NOT NULL,
    -- bit set of channels: GAZETTE 1, WEBSITE 2, WEIBO 4, WECHAT 8, OTHER 16
    channels        INTEGER       NOT NULL CHECK (channels BETWEEN 1 AND 31),
    url             VARCHAR(2000),
    issued_on       DATE,
    repealed_on     DATE,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (agency, index_number),
    CHECK (published_year = EXTRACT(YEAR FROM published_on)),
    CHECK (category IN ('REGULATION', 'NORMATIVE_DOCUMENT') OR (issued_on IS NULL AND repealed_on IS NULL)),
    CHECK (category NOT IN ('REGULATION', 'NORMATIVE_DOCUMENT') OR issued_on IS NOT NULL),
    CHECK (repealed_on IS NULL OR repealed_on >= issued_on)
);

-- list filters (agency/year) and the per agency-year recount after an import
CREATE INDEX disclosure_item_year_agency ON disclosure_item (published_year, agency);
-- normative acts are a small share of items; their counts span all publication years
CREATE INDEX disclosure_item_acts ON disclosure_item (agency) WHERE category IN ('REGULATION', 'NORMATIVE_DOCUMENT');

-- Items per agency and publication year, by channel and by category: one wide row per agency-year so that a
-- province year (~10,000 agencies) is read as ~10,000 rows.
CREATE TABLE item_year_figures (
    year                           INTEGER     NOT NULL,
    agency                         VARCHAR(64) COLLATE "C" NOT NULL,
    items                          BIGINT      NOT NULL DEFAULT 0,
    channel_gazette                BIGINT      NOT NULL DEFAULT 0,
    channel_website                BIGINT      NOT NULL DEFAULT 0,
    channel_weibo                  BIGINT      NOT NULL DEFAULT 0,
    channel_wechat                 BIGINT      NOT NULL DEFAULT 0,
    channel_other                  BIGINT      NOT NULL DEFAULT 0,
    category_policy_interpretation BIGINT      NOT NULL DEFAULT 0,
    category_regulation            BIGINT      NOT NULL DEFAULT 0,
    category_normative_document    BIGINT      NOT NULL DEFAULT 0,
    category_notice                BIGINT      NOT NULL DEFAULT 0,
    category_finance               BIGINT      NOT NULL DEFAULT 0,
    category_key_project           BIGINT      NOT NULL DEFAULT 0,
    category_supervision           BIGINT      NOT NULL DEFAULT 0,
    category_environment           BIGINT      NOT NULL DEFAULT 0,
    category_food_drug_safety      BIGINT      NOT NULL DEFAULT 0,
    category_planning              BIGINT      NOT NULL DEFAULT 0,
    category_personnel             BIGINT      NOT NULL DEFAULT 0,
    category_other                 BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (year, agency)
);

-- Normative acts issued / repealed per agency, category and calendar year of the legal date; "in force at the end
-- of Y" is the running total issued minus repealed up to Y (an act is never repealed before it is issued).
CREATE TABLE act_year_figures (
    year     INTEGER     NOT NULL,
    agency   VARCHAR(64) COLLATE "C" NOT NULL,
    category VARCHAR(32) NOT NULL CHECK (category IN ('REGULATION', 'NORMATIVE_DOCUMENT')),
    issued   BIGINT      NOT NULL DEFAULT 0,
    repealed BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (year, agency, category)
);

-- Yearly figures entered per agency (行政许可/处罚/强制 decisions, fees collected in 万元); "/" (not applicable) is
-- recorded as not_applicable, distinct from a value of 0.
CREATE TABLE tally (
    year           INTEGER       NOT NULL,
    agency         VARCHAR(64) COLLATE "C"   NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    value          NUMERIC(16, 2),
    not_applicable BOOLEAN       NOT NULL,
    PRIMARY KEY (year, agency, kind),
    CHECK ((value IS NULL) = not_applicable),
    CHECK (value IS NULL OR value >= 0)
);
