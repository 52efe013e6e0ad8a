package cn.gov.opendata.report.model;

/** A table column; {@code group} is the label of the header spanning it ("法人或其他组织") or null. */
public record Column(String code, String label, String group) {
}
