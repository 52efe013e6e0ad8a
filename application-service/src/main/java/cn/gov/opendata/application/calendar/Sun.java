package cn.gov.opendata.application.calendar;

import java.time.LocalDate;

/**
 * The sun's apparent ecliptic longitude (Meeus, <i>Astronomical Algorithms</i>, ch. 25, low accuracy: about 0.01°,
 * a quarter of an hour of the sun's motion): what the solar terms (节气) are defined by — 清明 at 15°, the major terms
 * (中气) at multiples of 30°, 冬至 at 270°.
 */
final class Sun {

    private Sun() {
    }

    /** The longitude in degrees at a Julian day, not reduced modulo 360: it grows by 360 a year, so crossings count. */
    static double apparentLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        return l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    }

    /** The Julian day (UT) of the start of {@code day} in China Standard Time (UTC+8). */
    static double chinaMidnight(LocalDate day) {
        return day.toEpochDay() + 2440587.5 - 8 / 24d;
    }

    /** The day, in China Standard Time, on which the sun reaches {@code degrees} (mod 360), searched from {@code from} to {@code to}. */
    static LocalDate dayReaching(double degrees, LocalDate from, LocalDate to) {
        double low = chinaMidnight(from);
        double high = chinaMidnight(to);
        double target = degrees + 360 * Math.ceil((apparentLongitude(low) - degrees) / 360);
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (apparentLongitude(mid) < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        // high is the instant (UT, as a Julian day) of the crossing; its China day
        return LocalDate.ofEpochDay((long) Math.floor(high - 2440587.5 + 8 / 24d));
    }
}
