package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.request.IdType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks identity document numbers by type; the resident ID by GB 11643 (birth date and check character). */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");
    /** Unified social credit code (统一社会信用代码): 18 characters of its alphabet (no I, O, Z, S, V). */
    private static final Pattern BUSINESS_LICENSE = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{18}");

    private IdNumbers() {
    }

    /** Why the number is not valid for the type, or null when it is. */
    public static String problem(IdType type, String number) {
        if (number == null) {
            return null;
        }
        if (type == null) {
            return "an id number needs its idType";
        }
        return switch (type) {
            case RESIDENT_ID -> residentIdProblem(number);
            case PASSPORT -> PASSPORT.matcher(number).matches() ? null : "a passport number is 5 to 17 capital letters or digits";
            case BUSINESS_LICENSE -> BUSINESS_LICENSE.matcher(number).matches() ? null
                    : "a unified social credit code is 18 characters (digits and capital letters except I, O, S, V, Z)";
            case OTHER -> number.isBlank() ? "must not be blank" : null;
        };
    }

    static String residentIdProblem(String number) {
        if (!RESIDENT_ID.matcher(number).matches()) {
            return "a resident ID is 17 digits and a check character (0-9 or X)";
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return "the birth date in a resident ID must be between 1900 and today";
            }
        } catch (DateTimeException e) {
            return "the birth date in a resident ID (characters 7-14) is not a date";
        }
        if (number.charAt(17) != checkCharacter(number)) {
            return "wrong check character (GB 11643)";
        }
        return null;
    }

    /** The GB 11643 check character of the first 17 digits. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }
}
