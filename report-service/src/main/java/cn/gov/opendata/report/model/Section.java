package cn.gov.opendata.report.model;

import java.util.List;

/**
 * One numbered section of a report ("二、主动公开政府信息情况"). {@code tables} names the codes of the
 * {@link ReportTable}s printed inside it, after its paragraphs.
 */
public record Section(String code, String title, List<Paragraph> paragraphs, List<String> tables) {
}
