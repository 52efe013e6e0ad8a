package cn.gov.opendata.report.narrative.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code PUT /supplementary/{agency}/{year}}: the whole set, replacing the stored one. */
public record FiguresRequest(@NotNull @Size(max = 200) List<@Valid @NotNull FigureEntry> figures) {
}
