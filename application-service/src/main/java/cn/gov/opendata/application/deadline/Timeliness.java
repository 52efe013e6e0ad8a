package cn.gov.opendata.application.deadline;

/** How a concluded request met its deadline. */
public enum Timeliness {
    /** Concluded by the due date, never extended. */
    ON_TIME,
    /** Extended, and concluded by the extended due date. */
    AFTER_EXTENSION,
    LATE
}
