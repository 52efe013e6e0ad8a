-- The per-agency contributions of a published report's figures as they were at publication (issue 20): a published
-- report's links lead here, so they keep showing the published figures, not today's. Written with the snapshot, in
-- the same transaction, and as immutable as it.
CREATE TABLE published_contribution (
    published_report_id BIGINT        NOT NULL REFERENCES published_report (id),
    table_code          VARCHAR(64)   NOT NULL,
    row_code            VARCHAR(64)   NOT NULL,
    column_code         VARCHAR(64)   NOT NULL,
    -- FigureContributions.Contributions as JSON, exactly as served
    contributions_json  BYTEA         NOT NULL,
    CONSTRAINT published_contribution_key PRIMARY KEY (published_report_id, table_code, row_code, column_code)
);

CREATE TRIGGER published_contribution_no_update BEFORE UPDATE ON published_contribution
    FOR EACH ROW EXECUTE FUNCTION published_snapshot_immutable();
