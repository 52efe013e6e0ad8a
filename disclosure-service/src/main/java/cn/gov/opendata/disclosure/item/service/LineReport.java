package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/** Bad lines found so far, with the violations listed up to the cap. */
final class LineReport {

    /** Problems beyond this many are counted but not listed, so that a wholly wrong file cannot exhaust memory. */
    static final int MAX_LISTED_VIOLATIONS = 10_000;

    final List<Violation> violations = new ArrayList<>();
    long lines;
    long badLines;
    boolean capped;
    /** Two staged lines may have the same natural key (equal fingerprints): the database decides. */
    boolean maybeDuplicates;

    void bad(long line, List<Violation> found) {
        badLines++;
        for (Violation violation : found) {
            if (violations.size() >= MAX_LISTED_VIOLATIONS) {
                capped = true;
                return;
            }
            violations.add(new Violation("line " + line + ": " + violation.field(), violation.message()));
        }
    }

    static long lineOf(Violation violation) {
        String field = violation.field();
        return Long.parseLong(field.substring(5, field.indexOf(':')));
    }
}
