package cn.gov.opendata.report.model;

/**
 * One figure. {@code text} is what is printed ("12", "12.50", "/"); {@code previous} and {@code change} carry
 * last year's printed value and the difference where known; {@code link} points at the owning service's filtered
 * list of the records behind the figure, so a reviewer can check it.
 */
public record Cell(String column, String text, String previous, String change, String link) {
}
