package cn.gov.opendata.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Unique agency codes and item bodies for tests; each test builds its own data. */
public final class TestData {

    private TestData() {
    }

    public static String agency() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A valid NOTICE item published on the website; change fields with put(). */
    public static Map<String, Object> item(String agency, String indexNumber) {
        Map<String, Object> item = new HashMap<>();
        item.put("agency", agency);
        item.put("indexNumber", indexNumber);
        item.put("title", "关于做好2018年防汛工作的通知");
        item.put("documentNumber", null);
        item.put("category", "NOTICE");
        item.put("publishedAt", "2018-03-02T09:30:00+08:00");
        item.put("channels", new ArrayList<>(List.of("WEBSITE")));
        item.put("url", null);
        item.put("issuedOn", null);
        item.put("repealedOn", null);
        return item;
    }

    public static Map<String, Object> act(String agency, String indexNumber, String category, String issuedOn, String repealedOn) {
        Map<String, Object> item = item(agency, indexNumber);
        item.put("category", category);
        item.put("issuedOn", issuedOn);
        item.put("repealedOn", repealedOn);
        return item;
    }
}
