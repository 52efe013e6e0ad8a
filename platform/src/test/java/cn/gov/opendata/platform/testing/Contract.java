package cn.gov.opendata.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The statistics contract between the source services and the report-service as golden JSON files
 * ({@code contract/*.json} in this test-jar): each source proves its answer equals its file for the records the file
 * describes, and the report-service's client reads the very same files, so neither side can drift alone.
 */
public final class Contract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contract() {
    }

    /** The golden file's text, e.g. {@code golden("appeals-statistics-2023")}. */
    public static String text(String name) {
        try (InputStream in = Contract.class.getResourceAsStream("/contract/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file contract/" + name + ".json on the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode golden(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer equals the golden file as JSON (key order aside); a mismatch shows both, pretty-printed. */
    public static void assertAnswers(String name, String answer) {
        try {
            JsonNode expected = golden(name);
            JsonNode actual = JSON.readTree(answer);
            assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(actual, expected)),
                    "the answer differs from the golden file contract/" + name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actual tree with its object keys in the golden file's order, so that only real differences show. */
    private static JsonNode sorted(JsonNode actual, JsonNode expected) {
        if (actual.isObject() && expected.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode ordered = JSON.createObjectNode();
            expected.fieldNames().forEachRemaining(name -> {
                if (actual.has(name)) {
                    ordered.set(name, sorted(actual.get(name), expected.get(name)));
                }
            });
            actual.fieldNames().forEachRemaining(name -> {
                if (!ordered.has(name)) {
                    ordered.set(name, actual.get(name));
                }
            });
            return ordered;
        }
        return actual;
    }
}
