package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Origin;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The single-request view, the only payload with the applicant's personal data. {@code dueOn},
 * {@code workingDaysLeft} and {@code overdue} are derived from the history as of today (Asia/Shanghai);
 * {@code dueOnProvisional}: counted through a year whose official holiday notice is not on record yet;
 * {@code voided}: the registration was voided as a mistake and counts nowhere (absent otherwise).
 */
public record RequestView(long id, String agency, String trackingNumber, Channel channel, boolean registeredPost,
                          ApplicantType applicantType, ApplicantBody applicant, String subject, String subjectKey,
                          OffsetDateTime arrivedAt, LocalDate receivedOn, RequestStatus status, LocalDate dueOn,
                          Integer workingDaysLeft, boolean overdue, boolean clockPaused, boolean extended,
                          Outcome outcome, LocalDate concludedOn, String feeChargedYuan, PublishedAt publishedAt,
                          long similarRequests, Origin origin, long version, OffsetDateTime createdAt,
                          boolean dueOnProvisional, VoidedView voided) {
}
