package cn.gov.opendata.application.request;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises what a request asks for so that the same question worded with different spacing, punctuation,
 * full-width characters or letter case falls into one group.
 */
public final class SubjectKey {

    private SubjectKey() {
    }

    public static String of(String subject) {
        String normalized = Normalizer.normalize(subject, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normalized.length());
        normalized.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
