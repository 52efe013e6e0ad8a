package cn.gov.opendata.report.narrative.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /narratives/{agency}/{year}/{section}}; {@code version}, when given, must match. */
public record NarrativeRequest(@NotNull @Size(max = 100000) String text, Long version) {
}
