package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.appeals.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;

/** Describes a JSON error on one import line the way the problem mappers describe a bad request body. */
final class JsonErrors {

    private JsonErrors() {
    }

    static Violation violation(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(pathOf(unknown), "unknown field");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new Violation(pathOf(invalid), "must be " + describe(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new Violation(pathOf(mismatched), "expected " + describe(mismatched.getTargetType()));
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
            return "a value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "int", "Integer", "long", "Long" -> "an integer";
            case "String" -> "a string";
            default -> "a JSON " + (type.isRecord() ? "object" : type.getSimpleName());
        };
    }
}
