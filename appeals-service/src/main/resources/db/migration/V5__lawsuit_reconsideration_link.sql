-- A lawsuit after reconsideration names its reconsideration; a change to that reconsideration (its filing date, its
-- deletion) looks up the lawsuits naming it, so the link is indexed.
CREATE INDEX lawsuit_reconsideration ON lawsuit (reconsideration_agency, reconsideration_case_number)
    WHERE reconsideration_case_number IS NOT NULL;
