package cn.gov.opendata.application.deadline.rest;

import cn.gov.opendata.application.request.RequestStatus;

import java.time.LocalDate;

/** An open request in the deadlines list (no personal data). */
public record DeadlineItem(long id, String agency, String trackingNumber, RequestStatus status, LocalDate receivedOn,
                           LocalDate dueOn, int workingDaysLeft, boolean overdue, boolean extended) {
}
