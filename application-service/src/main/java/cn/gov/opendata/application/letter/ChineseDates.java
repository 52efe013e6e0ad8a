package cn.gov.opendata.application.letter;

import java.time.LocalDate;

/** Dates as official documents print them: 2024年3月5日. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
