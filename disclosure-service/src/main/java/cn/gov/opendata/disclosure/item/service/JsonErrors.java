package cn.gov.opendata.disclosure.item.service;

import cn.gov.opendata.disclosure.item.rest.DisclosureItemBody;
import cn.gov.opendata.disclosure.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;

/** Turns a Jackson failure on one line into the field at fault and what is wrong with it. */
final class JsonErrors {

    private JsonErrors() {
    }

    static Violation violation(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(pathOf(unknown), "unknown field");
        }
        if (e instanceof InvalidFormatException format) {
            return new Violation(pathOf(format), "must be " + describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String path = pathOf(mismatch);
            if (mismatch.getTargetType() == DisclosureItemBody.class && path.equals("body")) {
                return new Violation(path, "must be a JSON object");
            }
            return new Violation(path, "expected " + describe(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping) {
            return new Violation(pathOf(mapping), String.valueOf(mapping.getOriginalMessage()));
        }
        return new Violation("body", "malformed JSON: " + e.getOriginalMessage());
    }

    private static String pathOf(JsonMappingException e) {
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime" -> "a date-time (ISO 8601 with offset)";
            case "int", "Integer", "long", "Long" -> "an integer";
            case "Set", "List" -> "an array";
            case "String" -> "a string";
            default -> "a " + type.getSimpleName();
        };
    }
}
