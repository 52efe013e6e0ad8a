package cn.gov.opendata.platform.json;

import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an NDJSON import body line by line and checks every line before anything is written:
 * either all lines come back, or one 400 lists every bad line as {@code line <n>: <field>}.
 */
@ApplicationScoped
public class NdjsonReader {

    /** One good line and its 1-based number in the body (blank lines count too, so numbers match the file). */
    public record Line<T>(int number, T value) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;

    public NdjsonReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** What {@link #read} found: the good lines, and every violation of the bad ones as {@code line <n>: <field>}. */
    public record Result<T>(List<Line<T>> lines, List<Violation> violations, int badLines) {
    }

    /** Every line or a 400 listing every bad line; nothing is written by the caller unless all lines are good. */
    public <T> List<Line<T>> readAll(InputStream body, Class<T> type, Function<T, List<Violation>> rules, Function<T, Object> key) {
        return readAllInBatch(body, type, batch -> rules, key);
    }

    /**
     * As {@link #readAll}, with rules that see the whole batch before any line is checked: {@code rulesOfBatch} gets
     * every line that parsed and returns the per-line rules, so a rule that looks up other records (a case named by
     * the line) finds them for all lines with one query instead of one per line. Lines are checked and numbered
     * exactly as by {@link #readAll}.
     */
    public <T> List<Line<T>> readAllInBatch(InputStream body, Class<T> type, Function<List<T>, Function<T, List<Violation>>> rulesOfBatch,
                                            Function<T, Object> key) {
        Result<T> result = readInBatch(body, type, rulesOfBatch, key);
        if (!result.violations().isEmpty()) {
            throw ApiException.invalid(result.badLines() + " of the lines are invalid; nothing was imported", result.violations());
        }
        return result.lines();
    }

    /**
     * Reads and checks every line without failing, for an importer that adds checks across lines (a parent named by
     * another line) before it decides. An empty body is a 400: there is nothing to import.
     */
    public <T> Result<T> read(InputStream body, Class<T> type, Function<T, List<Violation>> rules, Function<T, Object> key) {
        return readInBatch(body, type, batch -> rules, key);
    }

    /** One line as parsed: its value, or why it could not be read. */
    private record Parsed<T>(int number, T value, Violation unreadable) {
    }

    private <T> Result<T> readInBatch(InputStream body, Class<T> type, Function<List<T>, Function<T, List<Violation>>> rulesOfBatch,
                                      Function<T, Object> key) {
        ObjectReader reader = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        List<Parsed<T>> parsed = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(Utf8.reader(body))) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (!text.isBlank()) {
                    parsed.add(parse(reader, text, number));
                }
            }
            if (number == 0) {
                throw ApiException.badRequest("body", "no lines to import");
            }
        } catch (IOException e) {
            throw ApiException.badRequest("body", "could not be read");
        }
        Function<T, List<Violation>> rules = rulesOfBatch.apply(
                parsed.stream().filter(p -> p.value() != null).map(Parsed::value).toList());
        List<Line<T>> lines = new ArrayList<>();
        List<Violation> bad = new ArrayList<>();
        Map<Object, Integer> firstLineOfKey = new HashMap<>();
        int badLines = 0;
        for (Parsed<T> line : parsed) {
            List<Violation> found = line.unreadable() != null ? List.of(line.unreadable())
                    : check(line.value(), rules, key, firstLineOfKey, line.number(), lines);
            if (!found.isEmpty()) {
                badLines++;
                String prefix = "line " + line.number() + ": ";
                found.stream().sorted(Comparator.comparing(Violation::field))
                        .map(v -> new Violation(prefix + v.field(), v.message()))
                        .forEach(bad::add);
            }
        }
        return new Result<>(lines, bad, badLines);
    }

    private <T> Parsed<T> parse(ObjectReader reader, String text, int number) {
        try {
            T value = reader.readValue(text);
            return value == null ? new Parsed<>(number, null, new Violation("body", "must be a JSON object"))
                    : new Parsed<>(number, value, null);
        } catch (JsonProcessingException e) {
            return new Parsed<>(number, null, JsonErrors.violation(e));
        } catch (IOException e) {
            return new Parsed<>(number, null, new Violation("body", "could not be read"));
        }
    }

    private <T> List<Violation> check(T value, Function<T, List<Violation>> rules, Function<T, Object> key,
                                      Map<Object, Integer> firstLineOfKey, int number, List<Line<T>> lines) {
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            found.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        found.addAll(rules.apply(value));
        if (found.isEmpty()) {
            Integer earlier = firstLineOfKey.putIfAbsent(key.apply(value), number);
            if (earlier != null) {
                return List.of(new Violation("body", "same natural key as line " + earlier));
            }
            lines.add(new Line<>(number, value));
        }
        return found;
    }
}
