package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/** A record's natural key is given in full on POST and import, and agrees with the path on PUT. */
public final class NaturalKeyRules {

    private NaturalKeyRules() {
    }

    public static List<Violation> required(String agency, String number, String numberField) {
        List<Violation> violations = new ArrayList<>();
        if (agency == null) {
            violations.add(new Violation("agency", "is required"));
        }
        if (number == null) {
            violations.add(new Violation(numberField, "is required"));
        }
        return violations;
    }

    public static List<Violation> matchPath(String pathAgency, String pathNumber, String agency, String number, String numberField) {
        List<Violation> violations = new ArrayList<>();
        if (agency != null && !agency.equals(pathAgency)) {
            violations.add(new Violation("agency", "must match the agency in the path ('" + pathAgency + "') or be left out"));
        }
        if (number != null && !number.equals(pathNumber)) {
            violations.add(new Violation(numberField, "must match the " + numberField + " in the path or be left out"));
        }
        return violations;
    }
}
