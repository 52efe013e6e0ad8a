-- The statistics answers are cached (StatisticsCache) for as long as nothing behind them has changed. They are read
-- from the maintained aggregates and the tallies only, so every committed change to those bumps this one-row
-- generation, once per transaction and at commit time (deferred triggers: the row is locked only while the
-- transaction commits). An import of 2,000,000 items touches at most one aggregate row per agency and year.
-- Any instance, any replica, sees the bump in its next read.
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

CREATE CONSTRAINT TRIGGER item_year_figures_statistics AFTER INSERT OR UPDATE OR DELETE ON item_year_figures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
CREATE CONSTRAINT TRIGGER act_year_figures_statistics AFTER INSERT OR UPDATE OR DELETE ON act_year_figures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
CREATE CONSTRAINT TRIGGER tally_statistics AFTER INSERT OR UPDATE OR DELETE ON tally
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
