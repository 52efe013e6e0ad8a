-- The public catalogue (GET /api/v1/disclosures) answers with an ETag and a Last-Modified, both from this row, which
-- every change to an item already bumps in its own transaction (V5) (issue 24). The time of the last bump is kept
-- beside the counter so that every instance states the same date for the same generation.
ALTER TABLE statistics_generation ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();

CREATE OR REPLACE FUNCTION bump_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statistics_generation SET generation = generation + 1, last_xid = pg_current_xact_id(), changed_at = clock_timestamp()
     WHERE last_xid IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END $$;
