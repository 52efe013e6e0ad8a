-- A province's statistics are ~10,000 agencies' figures; recomputing all of them after every registration took most
-- of a second. The commit that bumps the one-row generation (V3) now also records, per agency whose requests or
-- histories it changed, that generation number, so the cache recomputes only those agencies. A change to the
-- working-day calendar touches every deadline: it records its generation as all_agencies_generation.
ALTER TABLE statistics_generation ADD COLUMN all_agencies_generation bigint NOT NULL DEFAULT 0;

CREATE TABLE statistics_agency_generation (
    agency     VARCHAR(64) PRIMARY KEY,
    generation bigint      NOT NULL
);
CREATE INDEX statistics_agency_generation_generation ON statistics_agency_generation (generation);

CREATE FUNCTION record_agency_statistics_change(changed VARCHAR, current bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO statistics_agency_generation AS a (agency, generation) VALUES (changed, current)
        ON CONFLICT (agency) DO UPDATE SET generation = EXCLUDED.generation WHERE a.generation <> EXCLUDED.generation;
$$;

-- Deferred, like V3's: runs at commit, after the global bump of the same transaction (which holds the row lock, so
-- generations follow commit order and a reader that sees generation G sees every agency row up to G).
CREATE FUNCTION bump_agency_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    current bigint;
    event_agency VARCHAR(64);
BEGIN
    UPDATE statistics_generation SET generation = generation + 1, last_xid = pg_current_xact_id()
     WHERE last_xid IS DISTINCT FROM pg_current_xact_id();
    SELECT generation INTO current FROM statistics_generation;
    IF TG_TABLE_NAME = 'information_request' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM record_agency_statistics_change(OLD.agency, current);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM record_agency_statistics_change(NEW.agency, current);
        END IF;
    ELSE
        -- an event of a request deleted in the same transaction has no agency left: the request's own row recorded it
        SELECT agency INTO event_agency FROM information_request
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.request_id ELSE NEW.request_id END;
        IF event_agency IS NOT NULL THEN
            PERFORM record_agency_statistics_change(event_agency, current);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_all_agencies_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statistics_generation SET generation = generation + 1, last_xid = pg_current_xact_id()
     WHERE last_xid IS DISTINCT FROM pg_current_xact_id();
    UPDATE statistics_generation SET all_agencies_generation = generation;
    RETURN NULL;
END $$;

DROP TRIGGER information_request_statistics ON information_request;
DROP TRIGGER request_event_statistics ON request_event;
DROP TRIGGER calendar_day_statistics ON calendar_day;
CREATE CONSTRAINT TRIGGER information_request_statistics AFTER INSERT OR UPDATE OR DELETE ON information_request
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_agency_statistics_generation();
CREATE CONSTRAINT TRIGGER request_event_statistics AFTER INSERT OR UPDATE OR DELETE ON request_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_agency_statistics_generation();
CREATE CONSTRAINT TRIGGER calendar_day_statistics AFTER INSERT OR UPDATE OR DELETE ON calendar_day
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_all_agencies_statistics_generation();

-- what was there before this migration counts as changed everywhere
UPDATE statistics_generation SET generation = generation + 1, all_agencies_generation = generation + 1;
