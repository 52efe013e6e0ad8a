-- The public catalogue's pages know the items' generation without reading it on every request (issue 24,
-- CataloguePages with platform's NotifiedValue): the transaction that bumps it notifies every listening instance at
-- its commit. Same-payload notifications of one transaction are folded into one, so an import notifies once.
CREATE OR REPLACE FUNCTION bump_statistics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statistics_generation SET generation = generation + 1, last_xid = pg_current_xact_id(), changed_at = clock_timestamp()
     WHERE last_xid IS DISTINCT FROM pg_current_xact_id();
    IF FOUND THEN
        PERFORM pg_notify('statistics_generation', '');
    END IF;
    RETURN NULL;
END $$;
