package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.request.IdType;

import java.util.regex.Pattern;

/**
 * How personal data looks outside the owning agency's single-request view: enough to recognise a record
 * ("王*", "4116**********123X", "138****5678", "河南省周口市…"), not enough to identify the person.
 */
public final class Masking {

    private static final int ADDRESS_KEPT = 6;

    private Masking() {
    }

    /** The first character, then one star per further character. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int[] chars = name.codePoints().toArray();
        return new String(chars, 0, 1) + "*".repeat(Math.max(1, chars.length - 1));
    }

    /**
     * An identity document number, by kind (docs/SECURITY.md, "Masking"): at least six characters stay hidden, so the
     * shown ones match a crowd, never a person. A resident id or a unified social credit code (18 characters) shows its
     * first four (the region) and last four; a passport number (8 or more characters) only its last two, behind a
     * fixed run of stars; an OTHER number, a shorter one, or one without a kind, nothing at all, not even its length.
     */
    public static String idNumber(IdType type, String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if ((type == IdType.RESIDENT_ID || type == IdType.BUSINESS_LICENSE) && id.length() >= 18) {
            return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
        }
        if (type == IdType.PASSPORT && id.length() >= 8) {
            return HIDDEN + "**" + id.substring(id.length() - 2);
        }
        return HIDDEN;
    }

    /** What a value shows when nothing of it may show. */
    static final String HIDDEN = "******";

    /** Compiled once: String.replaceAll compiles its pattern on every call, i.e. on every masked view. */
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");

    /**
     * A phone number: a mainland mobile number (11 digits, the first 3 name only the carrier) shows its first 3 and
     * last 4, hiding 4; any other number shows its last 2 only, and a short one nothing.
     */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        String digits = NOT_A_DIGIT.matcher(phone).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        if (digits.length() >= 10) {
            return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
        return HIDDEN;
    }

    /** The first few characters (province, city), the rest cut off. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int[] chars = address.codePoints().toArray();
        int kept = Math.min(ADDRESS_KEPT, chars.length / 2);
        return new String(chars, 0, kept) + "…";
    }
}
