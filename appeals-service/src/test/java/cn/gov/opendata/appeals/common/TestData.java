package cn.gov.opendata.appeals.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builders for request bodies; every test makes its own agency so tests never see each other's data. */
public final class TestData {

    private TestData() {
    }

    public static String agency() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A JSON object from alternating keys and values, keeping order and allowing nulls. */
    public static Map<String, Object> json(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments: " + Arrays.toString(keysAndValues));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> reconsideration(String agency, String caseNumber, String filedOn, String result, String decidedOn) {
        Map<String, Object> body = json("agency", agency, "caseNumber", caseNumber, "filedOn", filedOn);
        if (result != null) {
            body.put("result", result);
        }
        if (decidedOn != null) {
            body.put("decidedOn", decidedOn);
        }
        return body;
    }

    public static Map<String, Object> lawsuit(String agency, String caseNumber, String route, String filedOn, String result, String decidedOn) {
        Map<String, Object> body = reconsideration(agency, caseNumber, filedOn, result, decidedOn);
        body.put("route", route);
        return body;
    }

    public static Map<String, Object> complaint(String agency, String referenceNumber, String receivedOn) {
        return json("agency", agency, "referenceNumber", referenceNumber, "receivedOn", receivedOn, "subject", "未按期答复");
    }
}
