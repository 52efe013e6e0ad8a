package cn.gov.opendata.application.pii;

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

    /** The first four and last four characters of an identity document number. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() <= 8) {
            int shown = id.length() > 2 ? 2 : 0;
            return "*".repeat(id.length() - shown) + id.substring(id.length() - shown);
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** The first three and last four digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
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
