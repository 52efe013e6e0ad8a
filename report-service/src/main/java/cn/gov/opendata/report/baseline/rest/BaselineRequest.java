package cn.gov.opendata.report.baseline.rest;

import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * A year's published tables, as the validation API takes them: table → row → column → number, or "/" where a cell
 * does not apply; {@code format} defaults to the one in force in the year.
 */
public record BaselineRequest(String format, @NotNull Map<String, Map<String, Map<String, Object>>> tables) {
}
