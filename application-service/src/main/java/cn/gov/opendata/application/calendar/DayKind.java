package cn.gov.opendata.application.calendar;

/** What the official calendar declares a day to be; ordinary weekdays and weekends are not stored. */
public enum DayKind {
    HOLIDAY,
    MAKE_UP_WORKDAY
}
