package cn.gov.opendata.report.model;

/** A paragraph of prose; {@code heading} is a sub-heading such as "（一）申请情况" or null. */
public record Paragraph(String heading, String text) {
}
