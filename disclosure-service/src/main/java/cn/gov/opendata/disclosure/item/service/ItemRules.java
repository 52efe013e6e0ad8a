package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.disclosure.item.PublicationDate;
import cn.gov.opendata.disclosure.item.rest.DisclosureItemBody;
import cn.gov.opendata.platform.params.DatePolicy;
import cn.gov.opendata.platform.params.Patterns;
import cn.gov.opendata.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rules on an item that bean validation cannot express, shared by single writes and imports. */
public final class ItemRules {

    /**
     * Index numbers appear in URLs as the last path segments, so they may contain '/' (as in "zk-gov/2018-00001")
     * but no characters a URL or path normalisation would alter: whitespace, control characters, ? # % \ ;, empty
     * segments, or "." and ".." segments.
     */
    public static final String INDEX_NUMBER_PATTERN =
            "^(?!(?:.*/)?\\.\\.?(?:/.*)?$)[^\\s\\p{Cc}/?#%\\\\;]+(?:/[^\\s\\p{Cc}/?#%\\\\;]+)*$";
    public static final String INDEX_NUMBER_MESSAGE =
            "must be 1-100 characters without spaces, '?', '#', '%', '\\', ';' or empty, '.' or '..' segments between '/'";
    public static final String NO_NUL = "^[^\\x00]*$";
    public static final String NO_NUL_MESSAGE = "must not contain NUL characters";
    public static final String NOT_NULL = "must not be null";
    public static final String NOT_BLANK = "must not be blank";
    public static final String NOT_EMPTY = "must not be empty";
    public static final String MAX_100 = "must be at most 100 characters";
    public static final String MAX_200 = "must be at most 200 characters";
    public static final String MAX_1000 = "must be at most 1000 characters";
    public static final String MAX_2000 = "must be at most 2000 characters";

    private static final java.util.regex.Pattern AGENCY = java.util.regex.Pattern.compile(Patterns.AGENCY);
    private static final java.util.regex.Pattern INDEX_NUMBER = java.util.regex.Pattern.compile(INDEX_NUMBER_PATTERN);

    private ItemRules() {
    }

    /** Cross-field rules; field names are the JSON field names. */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?i)https?://[^\\s\\p{Z}\\p{Cc}/?#]+[^\\s\\p{Z}\\p{Cc}]*");

    public static List<Violation> check(DisclosureItemBody body) {
        List<Violation> violations = new ArrayList<>(0);
        // the public catalogue links to it: a web address, not a script or a blank
        if (body.url() != null && !WEB_ADDRESS.matcher(body.url()).matches()) {
            violations.add(new Violation("url", "must be a web address starting with http:// or https://, without spaces"));
        }
        if (body.publishedAt() != null) {
            DatePolicy.happened("publishedAt", PublicationDate.of(body.publishedAt())).ifPresent(violations::add);
        }
        DatePolicy.happened("issuedOn", body.issuedOn()).ifPresent(violations::add);
        DatePolicy.planned("repealedOn", body.repealedOn()).ifPresent(violations::add);
        if (body.category() != null && !body.category().isNormativeAct()) {
            if (body.issuedOn() != null) {
                violations.add(new Violation("issuedOn", "only REGULATION and NORMATIVE_DOCUMENT items have an issue date"));
            }
            if (body.repealedOn() != null) {
                violations.add(new Violation("repealedOn", "only REGULATION and NORMATIVE_DOCUMENT items have a repeal date"));
            }
        } else if (body.category() != null) {
            if (body.issuedOn() == null) {
                violations.add(new Violation("issuedOn", "is required for " + body.category()));
            } else if (body.repealedOn() != null && body.repealedOn().isBefore(body.issuedOn())) {
                violations.add(new Violation("repealedOn", "must not be before issuedOn"));
            }
        }
        return violations;
    }

    /**
     * The field constraints of {@link DisclosureItemBody}'s annotations, checked by hand: an import validates millions
     * of lines and this is many times faster than the bean validator. ItemRulesTest keeps both in agreement.
     */
    public static List<Violation> checkFields(DisclosureItemBody body) {
        List<Violation> violations = new ArrayList<>(0);
        if (body.agency() != null && !AGENCY.matcher(body.agency()).matches()) {
            violations.add(new Violation("agency", Patterns.AGENCY_MESSAGE));
        }
        if (body.category() == null) {
            violations.add(new Violation("category", NOT_NULL));
        }
        if (body.channels() == null || body.channels().isEmpty()) {
            violations.add(new Violation("channels", NOT_EMPTY));
        } else if (body.channels().stream().anyMatch(Objects::isNull)) {
            violations.add(new Violation("channels", NOT_NULL));
        }
        text(body.documentNumber(), "documentNumber", 200, MAX_200, violations);
        if (body.indexNumber() != null) {
            if (body.indexNumber().length() > 100) {
                violations.add(new Violation("indexNumber", MAX_100));
            }
            if (!INDEX_NUMBER.matcher(body.indexNumber()).matches()) {
                violations.add(new Violation("indexNumber", INDEX_NUMBER_MESSAGE));
            }
        }
        if (body.publishedAt() == null) {
            violations.add(new Violation("publishedAt", NOT_NULL));
        }
        if (body.title() == null || body.title().isBlank()) {
            violations.add(new Violation("title", NOT_BLANK));
        }
        text(body.title(), "title", 1000, MAX_1000, violations);
        text(body.url(), "url", 2000, MAX_2000, violations);
        return violations;
    }

    private static void text(String value, String field, int max, String tooLong, List<Violation> violations) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            violations.add(new Violation(field, tooLong));
        }
        if (value.indexOf(0) >= 0) {
            violations.add(new Violation(field, NO_NUL_MESSAGE));
        }
    }

    /** The natural key fields, required on POST and on every import line. */
    public static List<Violation> checkKeyPresent(DisclosureItemBody body) {
        List<Violation> violations = new ArrayList<>(0);
        if (body.agency() == null) {
            violations.add(new Violation("agency", "must not be null"));
        }
        if (body.indexNumber() == null) {
            violations.add(new Violation("indexNumber", "must not be null"));
        }
        return violations;
    }

}
