package cn.gov.opendata.application.request.service;

import cn.gov.opendata.application.request.RequestEvent;
import cn.gov.opendata.application.request.RequestStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Where a request stands, replayed from its history; the basis for deciding which action is possible. */
final class Lifecycle {

    LocalDate receivedOn;
    boolean correctionNoticed;
    boolean awaitingCorrection;
    LocalDate correctionWindowEndsOn;
    boolean extended;
    LocalDate customReplyDate;
    boolean consulting;
    LocalDate consultationStartedOn;
    boolean feeNoticed;
    boolean awaitingPayment;
    LocalDate feeWindowEndsOn;
    BigDecimal feePaid;
    boolean concluded;
    LocalDate lastOn;
    int lastSeq;

    static Lifecycle replay(List<RequestEvent> history) {
        Lifecycle s = new Lifecycle();
        BigDecimal noticedAmount = null;
        for (RequestEvent e : history) {
            s.lastSeq = Math.max(s.lastSeq, e.seq);
            if (e.on != null && (s.lastOn == null || e.on.isAfter(s.lastOn))) {
                s.lastOn = e.on;
            }
            switch (e.type) {
                case REGISTERED -> s.receivedOn = e.receivedOn;
                case RECEIPT_CONFIRMED -> s.receivedOn = e.on;
                case IMPORTED -> {
                    s.receivedOn = e.receivedOn;
                    s.extended = Boolean.TRUE.equals(e.extended);
                    s.concluded = e.concludedOn != null;
                    if (e.concludedOn != null && (s.lastOn == null || e.concludedOn.isAfter(s.lastOn))) {
                        s.lastOn = e.concludedOn;
                    }
                }
                case CORRECTION_NOTICE -> {
                    s.correctionNoticed = true;
                    s.awaitingCorrection = true;
                    s.correctionWindowEndsOn = e.windowEndsOn;
                }
                case CORRECTED -> {
                    s.awaitingCorrection = false;
                    // the period runs afresh from the corrected request (Art. 30): an Art. 35 date set before ends
                    s.customReplyDate = null;
                }
                case EXTENSION -> s.extended = true;
                case CUSTOM_REPLY_DATE -> s.customReplyDate = e.dueOn;
                case CONSULTATION_STARTED -> {
                    s.consulting = true;
                    s.consultationStartedOn = e.on;
                }
                case CONSULTATION_ENDED -> s.consulting = false;
                case FEE_NOTICE -> {
                    s.feeNoticed = true;
                    s.awaitingPayment = true;
                    s.feeWindowEndsOn = e.windowEndsOn;
                    noticedAmount = e.amountYuan;
                }
                case FEE_PAID -> {
                    s.awaitingPayment = false;
                    s.feePaid = noticedAmount;
                }
                case REPLIED, ABANDONED, WITHDRAWN -> s.concluded = true;
                default -> {
                }
            }
        }
        return s;
    }

    RequestStatus status() {
        if (concluded) {
            return RequestStatus.CONCLUDED;
        }
        if (receivedOn == null) {
            return RequestStatus.AWAITING_CONFIRMATION;
        }
        if (awaitingCorrection) {
            return RequestStatus.AWAITING_CORRECTION;
        }
        if (awaitingPayment) {
            return RequestStatus.AWAITING_PAYMENT;
        }
        if (consulting) {
            return RequestStatus.IN_CONSULTATION;
        }
        return RequestStatus.IN_PROGRESS;
    }
}
