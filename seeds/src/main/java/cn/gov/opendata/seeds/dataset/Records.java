package cn.gov.opendata.seeds.dataset;

import java.util.List;
import java.util.Map;

/** The lines and bodies the loader sends, one record per kind, in the shapes of the services' APIs. */
public final class Records {

    private Records() {
    }

    public record Disclosure(String agency, String indexNumber, String title, String documentNumber, String category,
                             String publishedAt, List<String> channels, String url, String issuedOn, String repealedOn) {
    }

    public record Tallies(String agency, int year, Map<String, String> values, List<String> notApplicable) {
    }

    public record Applicant(String name, String idType, String idNumber, String phone, String address) {
    }

    public record Request(String agency, String trackingNumber, String channel, Boolean registeredPost,
                          String applicantType, Applicant applicant, String subject, String arrivedAt,
                          String receivedOn, boolean extended, String dueOn, String outcome, String concludedOn,
                          String feeChargedYuan) {
    }

    public record CaseRef(String agency, String caseNumber) {
    }

    public record RequestRef(String agency, String trackingNumber) {
    }

    public record Reconsideration(String agency, String caseNumber, String filedOn, RequestRef request, String result,
                                  String resultKind, String decidedOn) {
    }

    public record Lawsuit(String agency, String caseNumber, String filedOn, String route, CaseRef reconsideration,
                          String court, RequestRef request, String result, String resultKind, String decidedOn) {
    }

    public record Complaint(String agency, String referenceNumber, String receivedOn, String subject, String result) {
    }

    public record Narrative(String agency, int year, String section, String text) {
    }

    public record Figure(String key, String label, String value, String unit) {
    }

    public record Supplementary(String agency, int year, List<Figure> figures) {
    }
}
