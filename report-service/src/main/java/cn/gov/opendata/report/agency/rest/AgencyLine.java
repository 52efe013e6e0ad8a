package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.report.agency.AgencyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One agency: the body of {@code POST /agencies} and one line of the NDJSON import. */
public record AgencyLine(
        @NotBlank @Pattern(regexp = AgencyRequest.CODE, message = "must match " + AgencyRequest.CODE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyKind kind,
        @Pattern(regexp = AgencyRequest.CODE, message = "must match " + AgencyRequest.CODE) String parent) {
}
