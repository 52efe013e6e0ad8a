package cn.gov.opendata.platform.storage;

import java.util.Locale;

/**
 * A text search by LIKE that finds the text as typed: {@code %} and {@code _} in it are letters, not wildcards (a
 * search for "%" listed every agency). Use with {@code like :param escape '\'} on a lower-cased column.
 */
public final class Like {

    private Like() {
    }

    /** The pattern of values that contain {@code text}, lower-cased, its wildcards escaped with a backslash. */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
