package cn.gov.opendata.report.assembly.rest;

import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * A national-format report's tables as submitted for validation: table code (TABLE_2, TABLE_3, TABLE_4) → row code →
 * column code → value. Values are numbers; {@code "/"} or null marks a cell that does not apply. {@code format}
 * (NATIONAL_2019 or NATIONAL_2021) defaults to the one in force in {@code year}.
 */
public record ValidationRequest(@NotNull Integer year, String format, @NotNull Map<String, Map<String, Map<String, Object>>> tables) {
}
