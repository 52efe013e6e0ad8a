-- record_statistics_change (V10) was a SQL-language function called by the statistics triggers' plpgsql: PostgreSQL
-- cannot inline it there and so parsed and planned its INSERT afresh on every call, twice per registration (the request
-- and its first event), a large part of PostgreSQL's CPU per registration (perf, BENCHMARKS.md, issue 24). The
-- same statement in plpgsql is planned once per session. What it does is unchanged: one row per transaction and agency.
CREATE OR REPLACE FUNCTION record_statistics_change(changed VARCHAR) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO statistics_change (agency)
    SELECT changed WHERE NOT EXISTS (SELECT 1 FROM statistics_change c
                                      WHERE c.xid = pg_current_xact_id()
                                        AND (c.agency = changed OR (c.agency IS NULL AND changed IS NULL)));
END $$;
