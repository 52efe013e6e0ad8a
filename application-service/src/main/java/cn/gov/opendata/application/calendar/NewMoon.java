package cn.gov.opendata.application.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The instants of new moon, to well under a minute: Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998),
 * chapter 49 "Phases of the Moon" — the mean phase (49.1) corrected by the periodic terms of the new moon and the
 * fourteen planetary arguments; Terrestrial Time is turned into Universal Time with the ΔT polynomials of Espenak and
 * Meeus (NASA Five Millennium Canon, 2006). A lunar month of the Chinese calendar starts on the day, in China Standard
 * Time (UTC+8), of its new moon — a moon at 23:56 CST starts the month that day (2027-02-06), so minutes matter.
 */
public final class NewMoon {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final double SYNODIC_MONTH = 29.530588861;

    private NewMoon() {
    }

    /** The lunation number k of Meeus (k = 0: the new moon of 2000-01-06) whose new moon is nearest {@code jd}. */
    static long nearest(double jd) {
        return Math.round((jd - 2451550.09766) / SYNODIC_MONTH);
    }

    /** The Julian Ephemeris Day (Terrestrial Time) of new moon number {@code k} (Meeus 49.1 and table 49.A). */
    static double jde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double correction = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double[] coefficients = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
                0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
        double[] arguments = {
                299.77 + 0.107408 * k - 0.009173 * t2,
                251.88 + 0.016321 * k,
                251.83 + 26.651886 * k,
                349.42 + 36.412478 * k,
                84.66 + 18.206239 * k,
                141.74 + 53.303771 * k,
                207.14 + 2.453732 * k,
                154.84 + 7.306860 * k,
                34.52 + 27.261239 * k,
                207.19 + 0.121824 * k,
                291.34 + 1.844379 * k,
                161.72 + 24.198154 * k,
                239.56 + 25.513099 * k,
                331.55 + 3.592518 * k};
        double planetary = 0;
        for (int i = 0; i < coefficients.length; i++) {
            planetary += coefficients[i] * Math.sin(rad(arguments[i]));
        }
        return jde + correction + planetary;
    }

    /** The instant (Universal Time) of new moon number {@code k}. */
    static Instant instant(long k) {
        double jde = jde(k);
        double year = 2000 + (jde - 2451544.5) / 365.2425;
        double jdUt = jde - deltaTSeconds(year) / 86_400d;
        return Instant.ofEpochMilli(Math.round((jdUt - 2440587.5) * 86_400_000d));
    }

    /** The day, in China Standard Time, of new moon number {@code k}: the first day of its lunar month. */
    static LocalDate dayInChina(long k) {
        return instant(k).atOffset(CHINA).toLocalDate();
    }

    /** The number of the new moon whose lunar month contains {@code day}: the last new moon on or before it, China time. */
    static long monthContaining(LocalDate day) {
        long k = nearest(day.toEpochDay() + 2440587.5);
        while (dayInChina(k).isAfter(day)) {
            k--;
        }
        while (!dayInChina(k + 1).isAfter(day)) {
            k++;
        }
        return k;
    }

    /** TT − UT in seconds (Espenak and Meeus 2006) for 1986–2150, the years a disclosure calendar can need. */
    static double deltaTSeconds(double year) {
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
