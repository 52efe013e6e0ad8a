-- The trial format's figures (acts newly published in the year, all ever published, catalogue sizes) are read from
-- the items themselves, not only from the maintained aggregates: a change to an item must bump the generation too.
-- Once per statement rather than per row, so a bulk import of 2,000,000 items bumps it a handful of times.
CREATE TRIGGER disclosure_item_statistics AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON disclosure_item
    FOR EACH STATEMENT EXECUTE FUNCTION bump_statistics_generation();
