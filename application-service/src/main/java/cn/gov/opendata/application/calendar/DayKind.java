package cn.gov.opendata.application.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the official calendar declares a day to be; ordinary weekdays and weekends are not stored. */
@Schema(description = "日期类型 A day off the ordinary week: HOLIDAY 法定节假日 · MAKE_UP_WORKDAY 调休上班日")
public enum DayKind {
    HOLIDAY,
    MAKE_UP_WORKDAY
}
