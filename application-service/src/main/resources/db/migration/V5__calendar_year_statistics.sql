-- The statistics read the calendar's years as well as its days (the deadlines are computed on it), so a change to a
-- year marks every agency's statistics stale, as a change to its days already does (StatisticsInvariantsTest).
CREATE CONSTRAINT TRIGGER calendar_year_statistics AFTER INSERT OR UPDATE OR DELETE ON calendar_year
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_all_agencies_statistics_generation();
