package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.agency.Directory;
import cn.gov.opendata.report.client.Stubs;
import io.restassured.http.ContentType;
import jakarta.ws.rs.core.Response.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The Zhoukou 2018 reference case (DOMAIN.md §6) as a small tree — city government, one department, one county
 * with a township that has no records — whose figures sum to the seed report's: items 83836, received 258,
 * answered 253, reconsiderations 98, lawsuits 86, complaints 647.
 */
public final class ZhoukouFixture {

    public final String city = Stubs.code("t-zk");
    public final String department = city + "-dept";
    public final String county = city + "-county";
    public final String township = city + "-county-town";
    public final int year = Stubs.uniqueYear();

    public ZhoukouFixture create() {
        Directory.put(city, "周口市人民政府", "GOVERNMENT", null);
        Directory.put(department, "周口市发展和改革委员会", "DEPARTMENT", city);
        Directory.put(county, "沈丘县人民政府", "COUNTY", city);
        Directory.put(township, "沈丘县槐店镇人民政府", "TOWNSHIP", county);
        stubDisclosure();
        stubApplication();
        stubAppeals();
        given().contentType(ContentType.JSON).body(Map.of("figures", List.of(
                        Map.of("key", "PROVINCE_SUBMITTED", "label", "向省政府报送信息", "value", "1764", "unit", "条"),
                        Map.of("key", "PROVINCE_ADOPTED", "label", "被省政府采用信息", "value", "1666", "unit", "条"),
                        Map.of("key", "HOTLINE_CALLS", "label", "市长热线共接听群众来电", "value", "53640", "unit", "个"))))
                .when().put("/api/v1/supplementary/" + city + "/" + year)
                .then().statusCode(Status.CREATED.getStatusCode());
        return this;
    }

    private void stubDisclosure() {
        Map<String, Object> agencies = new LinkedHashMap<>();
        agencies.put(city, Map.of("items", 10000,
                "channels", Map.of("GAZETTE", 305, "WEBSITE", 6034, "WEIBO", 1000, "WECHAT", 1200, "OTHER", 3000),
                "categories", Map.of("POLICY_INTERPRETATION", 368),
                "normativeActs", Map.of("REGULATION", Map.of("issued", 1, "repealed", 0, "inForce", 14),
                        "NORMATIVE_DOCUMENT", Map.of("issued", 22, "repealed", 3, "inForce", 140)),
                "tallies", Map.of("LICENSING_DECISIONS", 1200, "PENALTY_DECISIONS", 310, "COERCION_DECISIONS", 4,
                        "FEES_COLLECTED_10K_YUAN", "12.50")));
        agencies.put(department, Map.of("items", 40000,
                "channels", Map.of("WEBSITE", 30000, "WEIBO", 1054, "WECHAT", 1154, "OTHER", 15000),
                "tallies", Map.of("LICENSING_DECISIONS", 800, "FEES_COLLECTED_10K_YUAN", "0.25"),
                "talliesNotApplicable", List.of("REGULATION")));
        agencies.put(county, Map.of("items", 33836,
                "channels", Map.of("WEBSITE", 20254, "OTHER", 10275),
                "categories", Map.of("POLICY_INTERPRETATION", 100)));
        Stubs.statistics("disclosure", year, agencies);
        Stubs.statistics("disclosure", year - 1, Map.of(city, Map.of("items", 9000,
                "channels", Map.of("WEBSITE", 5000),
                "normativeActs", Map.of("REGULATION", Map.of("issued", 0, "repealed", 0, "inForce", 13),
                        "NORMATIVE_DOCUMENT", Map.of("issued", 10, "repealed", 0, "inForce", 121)))));
    }

    private void stubApplication() {
        Map<String, Object> cityOutcomes = new LinkedHashMap<>();
        cityOutcomes.put("ALREADY_PUBLIC", Map.of("NATURAL_PERSON", 60));
        cityOutcomes.put("DISCLOSED", Map.of("NATURAL_PERSON", 27, "COMMERCIAL", 20));
        cityOutcomes.put("PARTIALLY_DISCLOSED", Map.of("NATURAL_PERSON", 14));
        cityOutcomes.put("WITHHELD_THIRD_PARTY", Map.of("NATURAL_PERSON", 4));
        cityOutcomes.put("WITHHELD_PROCESS_INFO", Map.of("NATURAL_PERSON", 2));
        cityOutcomes.put("NOT_HELD", Map.of("NATURAL_PERSON", 6));
        cityOutcomes.put("NEEDS_NEW_PRODUCTION", Map.of("NATURAL_PERSON", 3));
        cityOutcomes.put("NOT_THIS_AGENCY", Map.of("NATURAL_PERSON", 15));
        cityOutcomes.put("UNCLEAR_AFTER_CORRECTION", Map.of("NATURAL_PERSON", 3));
        cityOutcomes.put("ABANDONED_NO_CORRECTION", Map.of("NATURAL_PERSON", 1));
        cityOutcomes.put("PETITION_OR_COMPLAINT", Map.of("NATURAL_PERSON", 10));
        cityOutcomes.put("REPEATED_REQUEST", Map.of("NATURAL_PERSON", 4));
        cityOutcomes.put("OTHER", Map.of("NATURAL_PERSON", 2));
        Map<String, Object> agencies = new LinkedHashMap<>();
        agencies.put(city, Map.of(
                "received", Map.of("byChannel", Map.of("ONLINE", 100, "LETTER", 40, "IN_PERSON", 30, "FAX", 1),
                        "byApplicant", Map.of("NATURAL_PERSON", 150, "COMMERCIAL", 21)),
                "carriedOver", Map.of("byApplicant", Map.of("NATURAL_PERSON", 5)),
                "concluded", Map.of("byOutcome", cityOutcomes),
                "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 4, "COMMERCIAL", 1)),
                "timeliness", Map.of("onTime", 160, "afterExtension", 8, "late", 3, "workingDays", Map.of("0", 5)),
                "fees", Map.of("requestsCharged", 0, "amountYuan", "0.00")));
        agencies.put(department, Map.of(
                "received", Map.of("byChannel", Map.of("ONLINE", 48, "LETTER", 27, "IN_PERSON", 12),
                        "byApplicant", Map.of("NATURAL_PERSON", 80, "LEGAL_SERVICE", 7)),
                "concluded", Map.of("byOutcome", Map.of("DISCLOSED", Map.of("NATURAL_PERSON", 60, "LEGAL_SERVICE", 7),
                        "ALREADY_PUBLIC", Map.of("NATURAL_PERSON", 15))),
                "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 5))));
        Stubs.statistics("application", year, agencies);
        Stubs.statistics("application", year - 1, Map.of(city, Map.of(
                "carriedForward", Map.of("byApplicant", Map.of("NATURAL_PERSON", 5)))));
    }

    private void stubAppeals() {
        Map<String, Object> agencies = new LinkedHashMap<>();
        agencies.put(city, Map.of(
                "reconsiderations", Map.of("UPHELD", 53, "CORRECTED", 9, "OTHER", 30, "PENDING", 6),
                "lawsuits", Map.of("DIRECT", Map.of("UPHELD", 60, "CORRECTED", 2, "OTHER", 8, "PENDING", 0),
                        "AFTER_RECONSIDERATION", Map.of("UPHELD", 14, "CORRECTED", 0, "OTHER", 1, "PENDING", 1)),
                "complaints", 600));
        agencies.put(department, Map.of("complaints", 47));
        Stubs.statistics("appeals", year, agencies);
    }
}
