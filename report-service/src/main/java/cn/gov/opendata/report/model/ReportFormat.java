package cn.gov.opendata.report.model;

import cn.gov.opendata.platform.params.Years;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;

/**
 * The statutory report formats (DOMAIN.md §5) and the report years each was in force for: a report without a format
 * uses the one of its year; another may be asked for, with a warning.
 */
@Schema(description = "报告格式 The table layout; default: the format in force in the report year: NATIONAL_2021 2021年全国统一格式（2021年起） · NATIONAL_2019 2019年试行格式（2019–2020年） · LEGACY_2008 2008年旧格式（2018年及以前）")
public enum ReportFormat {
    /** 国办公开办函〔2021〕30号: reports on 2021 onwards, with tables 二, 三, 四. */
    NATIONAL_2021(2021, Years.LAST),
    /** 2008 条例: prose with figures and percentages, as in the Zhoukou 2018 report; reports up to 2018. */
    LEGACY_2008(Years.FIRST, 2018),
    /** The trial format sent with 国办公开办函〔2019〕60号: reports on 2019 and 2020 (DOMAIN.md §5.1a). */
    NATIONAL_2019(2019, 2020);

    private final int firstYear;
    private final int lastYear;

    ReportFormat(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public boolean inForce(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** The format of a report year. */
    public static ReportFormat of(int year) {
        return Arrays.stream(values()).filter(f -> f.inForce(year)).findFirst().orElse(NATIONAL_2021);
    }

    /** The years in force as the checks and the API describe them, e.g. "2019–2020". */
    public String years() {
        return firstYear == Years.FIRST ? "up to " + lastYear : lastYear == Years.LAST ? "from " + firstYear
                : firstYear + "–" + lastYear;
    }
}
