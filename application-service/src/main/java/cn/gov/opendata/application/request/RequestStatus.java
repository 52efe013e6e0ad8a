package cn.gov.opendata.application.request;

/** Where a request stands; everything but CONCLUDED is open. */
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
