package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a historical import. {@code outcome} and {@code concludedOn} come together or not at all (neither:
 * still open); without {@code dueOn} the due date is counted by the law in force on the receipt date (2019 条例: 20
 * working days, 40 if {@code extended}; 2008 条例: 15, 30). A line without an outcome never reopens a concluded request
 * unless it says {@code "reopen": true}.
 */
public record ImportLine(
        @NotNull @Pattern(regexp = Patterns.AGENCY, message = Patterns.AGENCY_MESSAGE) String agency,
        @NotNull @Pattern(regexp = TrackingNumbers.PATTERN) String trackingNumber,
        @NotNull Channel channel,
        Boolean registeredPost,
        @NotNull ApplicantType applicantType,
        @Valid ApplicantBody applicant,
        @NotBlank @Size(max = 2000) String subject,
        OffsetDateTime arrivedAt,
        @NotNull LocalDate receivedOn,
        Boolean extended,
        LocalDate dueOn,
        Outcome outcome,
        LocalDate concludedOn,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal feeChargedYuan,
        Boolean reopen) {
}
