package cn.gov.opendata.application.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a request stands; everything but CONCLUDED is open. */
@Schema(description = "办理状态 Where a request stands (all but CONCLUDED are open): AWAITING_CONFIRMATION 待确认收到 · IN_PROGRESS 办理中 · AWAITING_CORRECTION 待补正 · IN_CONSULTATION 征求意见中 · AWAITING_PAYMENT 待缴费 · CONCLUDED 已办结")
public enum RequestStatus {
    /** Arrived by ordinary post, online or fax: not legally received until receipt is confirmed (Art. 31). */
    AWAITING_CONFIRMATION,
    IN_PROGRESS,
    /** A correction notice went out; the clock restarts when the corrected request arrives (Art. 30). */
    AWAITING_CORRECTION,
    /** A third party or another agency is being consulted; the clock is paused (Art. 32, 33). */
    IN_CONSULTATION,
    /** A fee notice went out; the clock is paused until payment. */
    AWAITING_PAYMENT,
    CONCLUDED;

    public boolean isOpen() {
        return this != CONCLUDED;
    }
}
