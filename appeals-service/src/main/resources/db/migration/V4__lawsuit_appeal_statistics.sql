-- The year-end result of a lawsuit reads its appeals (a second instance replaces the first): a change to an appeal
-- must bump the statistics generation as a change to the lawsuit does.
CREATE CONSTRAINT TRIGGER lawsuit_appeal_statistics AFTER INSERT OR UPDATE OR DELETE ON lawsuit_appeal
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_statistics_generation();
