package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.report.agency.AgencyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /agencies/{code}}; {@code version}, when given, must match the stored one. */
public record AgencyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyKind kind,
        @Pattern(regexp = CODE, message = "must match " + CODE) String parent,
        Long version) {

    public static final String CODE = "^[a-z0-9][a-z0-9-]{1,63}$";
}
