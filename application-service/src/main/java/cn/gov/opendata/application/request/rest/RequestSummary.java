package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.request.ApplicantType;
import cn.gov.opendata.application.request.Channel;
import cn.gov.opendata.application.request.Origin;
import cn.gov.opendata.application.request.Outcome;
import cn.gov.opendata.application.request.RequestStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A request in a list: everything but the applicant's personal data. */
public record RequestSummary(long id, String agency, String trackingNumber, Channel channel, boolean registeredPost,
                             ApplicantType applicantType, String subject, OffsetDateTime arrivedAt, LocalDate receivedOn,
                             RequestStatus status, LocalDate dueOn, Integer workingDaysLeft, boolean overdue,
                             boolean clockPaused, boolean extended, Outcome outcome, LocalDate concludedOn,
                             String feeChargedYuan, PublishedAt publishedAt, Origin origin, boolean dueOnProvisional) {
}
