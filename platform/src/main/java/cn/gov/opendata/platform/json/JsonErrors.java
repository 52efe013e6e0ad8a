package cn.gov.opendata.platform.json;

import cn.gov.opendata.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Describes a Jackson failure in plain words: the field at fault (a path such as {@code applicant.name} or
 * {@code channels[2]}) and what it must be. Request bodies (the problem mappers) and import lines (the NDJSON
 * readers) describe their errors the same way, and never by a Java class name.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static Violation violation(JsonProcessingException e) {
        if (e instanceof StrictTextDeserializer.InvalidTextException text) {
            return new Violation(pathOf(text), text.getOriginalMessage());
        }
        if (e instanceof InvalidNullException nulled) {
            return new Violation(pathOf(nulled), "must not be null");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(pathOf(unknown), "unknown field");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new Violation(pathOf(invalid), "must be " + describe(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String path = pathOf(mismatched);
            String said = String.valueOf(mismatched.getOriginalMessage());
            if (said.startsWith("Trailing token")) {
                return new Violation("body", "must be one JSON document with nothing after it");
            }
            Class<?> target = mismatched.getTargetType();
            if (path.equals("body") && target != null && target.isRecord()) {
                return new Violation(path, "must be a JSON object");
            }
            return new Violation(path, "expected " + describe(target));
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof StreamConstraintsException limit) {
            return new Violation(pathOf(mapping), beyond(limit));
        }
        if (e instanceof JsonMappingException mapping) {
            String said = String.valueOf(mapping.getOriginalMessage());
            return new Violation(pathOf(mapping), said.startsWith("Numeric value") ? "is out of range" : "invalid value");
        }
        if (e instanceof StreamConstraintsException limit) {
            return new Violation("body", beyond(limit));
        }
        // Parser messages quote the offending text, which may be personal data (an unquoted name): say where, not what.
        String said = String.valueOf(e.getOriginalMessage());
        String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        if (said.startsWith("Duplicate field")) {
            return new Violation("body", "repeats a field: " + plain(said.substring("Duplicate field".length()).trim()));
        }
        if (said.startsWith("Numeric value")) {
            return new Violation("body", "has a number out of range" + where);
        }
        if (said.contains("end-of-input")) {
            return new Violation("body", "malformed JSON: it ends too early");
        }
        return new Violation("body", "malformed JSON" + where);
    }

    /** Which of the parser's limits a document passed (StrictJson sets the text length; the others are Jackson's). */
    private static String beyond(StreamConstraintsException limit) {
        String said = String.valueOf(limit.getOriginalMessage());
        if (said.startsWith("String value length")) {
            return "is longer than " + StrictJson.MAX_TEXT_LENGTH + " characters";
        }
        if (said.contains("nesting depth")) {
            return "is nested too deeply";
        }
        return "has a number or a name too long to read";
    }

    private static final Pattern JAVA_TYPE = Pattern.compile("`?\\b(?:[a-z_$][\\w$]*\\.)+([A-Za-z_$][\\w$]*)`?");

    /** A parser's message without Java type names (a client never needs them) and without the echoed source. */
    public static String plain(String message) {
        if (message == null) {
            return "invalid value";
        }
        String text = message.lines().findFirst().orElse("");
        int source = text.indexOf(" at [Source");
        if (source >= 0) {
            text = text.substring(0, source);
        }
        return JAVA_TYPE.matcher(text).replaceAll("value");
    }

    /** The JSON path of the value at fault, "body" for the document itself. */
    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** What a value of the type looks like on the wire, in words a client understands. */
    public static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "a date-time (ISO 8601 with offset)";
            case "int", "Integer", "long", "Long" -> "an integer";
            case "BigDecimal" -> "a decimal number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            case "Set", "List" -> "an array";
            case "Map" -> "a JSON object";
            default -> type.isRecord() ? "a JSON object" : "a valid value";
        };
    }
}
