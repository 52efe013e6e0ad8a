package cn.gov.opendata.application.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) from an agency's pattern: {@code {year}} is the letter's year, {@code {seq}} its number in
 * the agency's sequence of that year, {@code {seq:3}} the same padded to three digits, e.g.
 * {@code 周政依申〔{year}〕{seq:3}号} → 周政依申〔2024〕007号. A pattern must hold both, so that numbers of different
 * years never collide.
 */
public final class DocumentNumbers {

    public static final String DEFAULT_PATTERN = "依申请公开〔{year}〕第{seq}号";

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::([1-9]))?}");

    private DocumentNumbers() {
    }

    /** Why a pattern cannot be used, if it cannot. */
    public static Optional<String> problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (!pattern.contains("{year}")) {
            return Optional.of("must contain {year}");
        }
        Matcher m = SEQ.matcher(pattern);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count != 1) {
            return Optional.of("must contain {seq} or {seq:N} (N = 1–9 digits) exactly once");
        }
        String rest = SEQ.matcher(pattern.replace("{year}", "")).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            return Optional.of("may hold only the placeholders {year} and {seq}/{seq:N}");
        }
        return Optional.empty();
    }

    public static String format(String pattern, int year, int seq) {
        Matcher m = SEQ.matcher(pattern.replace("{year}", Integer.toString(year)));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group(1) == null ? Integer.toString(seq) : String.format("%0" + m.group(1) + "d", seq);
            m.appendReplacement(out, Matcher.quoteReplacement(digits));
        }
        m.appendTail(out);
        return out.toString();
    }
}
