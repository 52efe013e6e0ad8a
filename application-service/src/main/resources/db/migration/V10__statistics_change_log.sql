-- Every registration bumped the one-row statistics_generation at commit (V3, V4) and the row of its agency in
-- statistics_agency_generation. PostgreSQL keeps those rows locked until the commit is flushed to disk, so every
-- writer waited for the flush of the one before it: ~340 registrations/s at most on this project's machines, whatever
-- the number of connections (BENCHMARKS.md, issue 24). Writers now only append the agencies their transaction changed
-- to statistics_change, rows no other transaction touches; a statistics read folds the committed changes into the
-- generation first (fold_statistics_changes()), so the readers, not the writers, take the generation's row lock.
-- The caches' contract is unchanged: a read that folds and then reads generation G sees every change folded into G.
CREATE TABLE statistics_change (
    xid    xid8        NOT NULL DEFAULT pg_current_xact_id(),
    -- NULL: every agency (a change to the working-day calendar)
    agency VARCHAR(64)
);
CREATE INDEX statistics_change_transaction ON statistics_change (xid, agency);

-- once per transaction and agency: a bulk import of 20,000 requests appends one row per agency, not one per request
CREATE FUNCTION record_statistics_change(changed VARCHAR) RETURNS void LANGUAGE sql AS $$
    INSERT INTO statistics_change (agency)
    SELECT changed WHERE NOT EXISTS (SELECT 1 FROM statistics_change c
                                      WHERE c.xid = pg_current_xact_id()
                                        AND (c.agency = changed OR (c.agency IS NULL AND changed IS NULL)));
$$;

-- The triggers of V4 and V5 stay (deferred, per row); their functions now append instead of bumping.
CREATE OR REPLACE FUNCTION bump_agency_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event_agency VARCHAR(64);
BEGIN
    IF TG_TABLE_NAME = 'information_request' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM record_statistics_change(OLD.agency);
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.agency <> OLD.agency) THEN
            PERFORM record_statistics_change(NEW.agency);
        END IF;
    ELSE
        -- an event of a request deleted in the same transaction has no agency left: the request's own row recorded it
        SELECT agency INTO event_agency FROM information_request
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.request_id ELSE NEW.request_id END;
        IF event_agency IS NOT NULL THEN
            PERFORM record_statistics_change(event_agency);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_all_agencies_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM record_statistics_change(NULL);
    RETURN NULL;
END $$;

-- Run by a reader in a transaction of its own before it reads the generation. The DELETE sees only committed changes
-- and waits for rows a concurrent fold is deleting, so once this returns every change committed before it began is in
-- a committed generation; changes committed later stay for the next fold, under a higher generation. Concurrent folds
-- take the generation's row lock one after the other, so generations still follow the order in which folds commit.
CREATE FUNCTION fold_statistics_changes() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    folded VARCHAR(64)[];
    every_agency boolean;
    next bigint;
BEGIN
    WITH gone AS (DELETE FROM statistics_change RETURNING agency)
    SELECT array_agg(DISTINCT agency) FILTER (WHERE agency IS NOT NULL), bool_or(agency IS NULL)
      INTO folded, every_agency FROM gone;
    IF every_agency IS NULL THEN
        RETURN;
    END IF;
    UPDATE statistics_generation SET generation = generation + 1,
           all_agencies_generation = CASE WHEN every_agency THEN generation + 1 ELSE all_agencies_generation END
    RETURNING generation INTO next;
    INSERT INTO statistics_agency_generation AS a (agency, generation)
    SELECT unnest(folded), next
        ON CONFLICT (agency) DO UPDATE SET generation = EXCLUDED.generation;
END $$;
