package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** A newly arrived request; {@code registeredPost} only for LETTER. */
public record RegisterRequestBody(
        @NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @NotNull @Pattern(regexp = TrackingNumbers.PATTERN) String trackingNumber,
        @NotNull Channel channel,
        Boolean registeredPost,
        @NotNull ApplicantType applicantType,
        @NotNull @Valid ApplicantBody applicant,
        @NotBlank @Size(max = 2000) String subject,
        @NotNull OffsetDateTime arrivedAt) {
}
