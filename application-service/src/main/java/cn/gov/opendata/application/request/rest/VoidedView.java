package cn.gov.opendata.application.request.rest;

import java.time.LocalDate;

/** A voided registration: when, by whom and why. */
public record VoidedView(LocalDate on, String by, String reason) {
}
