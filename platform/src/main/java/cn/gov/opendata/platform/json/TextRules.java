package cn.gov.opendata.platform.json;

/** What a text must not contain, wherever it comes from (a JSON string, a path key, a query parameter). */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String fault(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "must not contain control characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (invalid Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (invalid Unicode)";
            }
        }
        return null;
    }
}
