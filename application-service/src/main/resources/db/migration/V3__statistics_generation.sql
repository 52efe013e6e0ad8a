-- The statistics answers are cached (StatisticsCache) for as long as nothing behind them has changed. Every committed
-- change to requests, their histories or the working-day calendar bumps this one-row generation, once per
-- transaction and at commit time (deferred triggers), so the row is locked only while the transaction commits and
-- concurrent registrations are not serialised on it. Any instance, any replica, sees the bump in its next read.
CREATE TABLE statistics_generation (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    epoch      uuid    NOT NULL DEFAULT gen_random_uuid(),
    generation bigint  NOT NULL DEFAULT 0,
    last_xid   xid8
);
INSERT INTO statistics_generation DEFAULT VALUES;

CREATE FUNCTION bump_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statistics_generation SET generation = generation + 1, last_xid = pg_current_xact_id()
     WHERE last_xid IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER information_request_statistics AFTER INSERT OR UPDATE OR DELETE ON information_request
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
CREATE CONSTRAINT TRIGGER request_event_statistics AFTER INSERT OR UPDATE OR DELETE ON request_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
CREATE CONSTRAINT TRIGGER calendar_day_statistics AFTER INSERT OR UPDATE OR DELETE ON calendar_day
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
