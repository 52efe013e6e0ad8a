package cn.gov.opendata.application.request;

/** Entries of a request's history. */
public enum EventType {
    REGISTERED,
    RECEIPT_CONFIRMED,
    CORRECTION_NOTICE,
    CORRECTED,
    EXTENSION,
    CONSULTATION_STARTED,
    CONSULTATION_ENDED,
    FEE_NOTICE,
    FEE_PAID,
    CUSTOM_REPLY_DATE,
    REPLIED,
    ABANDONED,
    WITHDRAWN,
    IMPORTED,
    /** A letter was served (送达); the letter and its document number are in the letters of the request. Moves no clock. */
    LETTER_DELIVERED
}
