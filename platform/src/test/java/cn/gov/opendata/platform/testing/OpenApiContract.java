package cn.gov.opendata.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Walks the service's own OpenAPI document ({@code /q/openapi}) and fails on anything a client would have to learn by
 * sending requests instead of reading it. Each service runs it as a {@code @QuarkusTest} subclass. The rules:
 * <ul>
 * <li>every operation has a summary and a description;</li>
 * <li>every operation documents at least one 4xx answered as {@code application/problem+json};</li>
 * <li>every request body and every 2xx JSON answer carries an example (on the media type, or on the schema it
 *     references);</li>
 * <li>a query or path parameter whose values are an enum is typed as that enum: a string parameter fails when its
 *     name is one of {@link #ENUM_LIKE_NAMES} or when its description lists two or more UPPER_SNAKE codes — the two
 *     ways an enum parsed by {@code QueryParams.enumValue} shows in the document;</li>
 * <li>every enum schema and enum parameter describes each of its values (its Chinese label), its code named in the
 *     description;</li>
 * <li>a document answer (HTML, Markdown, CSV, PDF, DOCX, XLSX) is typed by its media type (a string), never by a
 *     JSON object schema;</li>
 * <li>an NDJSON body documents its line schema (an object with properties) and an example whose every line is a
 *     JSON object using only those properties.</li>
 * </ul>
 */
public abstract class OpenApiContract {

    /** Parameter names that, typed as a free string, are an enum in this platform. */
    public static final Set<String> ENUM_LIKE_NAMES = Set.of("format", "scope", "rounding", "outcome", "result",
            "channel", "status", "kind", "type", "category", "route", "origin", "applicantType", "idType", "timeliness",
            "action", "source", "section", "method", "ext", "severity");

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{4,}\\b");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    protected JsonNode document() {
        String text = given().auth().none().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(Status.OK.getStatusCode()).extract().asString();
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyOperationHasASummaryAndADescription() {
        JsonNode doc = document();
        System.out.println("OpenAPI counts: " + counts(doc));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), doc.toPrettyString());
        } catch (IOException e) {
            // only a copy for reading; the checks below do not need it
        }
        List<String> missing = new ArrayList<>();
        operations(doc, (name, op) -> {
            if (blank(op.path("summary"))) {
                missing.add(name + ": no summary");
            }
            if (blank(op.path("description"))) {
                missing.add(name + ": no description");
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOperationDocumentsAClientErrorAsProblemJson() {
        List<String> missing = new ArrayList<>();
        operations(document(), (name, op) -> {
            if (!hasProblem4xx(op)) {
                missing.add(name);
            }
        });
        assertEquals(List.of(), missing, "operations without a documented 4xx in application/problem+json");
    }

    @Test
    void everyBodyAndEveryJsonAnswerHasAnExample() {
        JsonNode doc = document();
        List<String> missing = new ArrayList<>();
        operations(doc, (name, op) -> {
            op.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!hasExample(doc, media.getValue())) {
                    missing.add(name + " request " + media.getKey());
                }
            });
            op.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media -> {
                        if (isJson(media.getKey()) && !hasExample(doc, media.getValue())) {
                            missing.add(name + " " + response.getKey() + " " + media.getKey());
                        }
                    });
                }
            });
        });
        assertEquals(List.of(), missing, "bodies and answers without an example");
    }

    @Test
    void examplesUseOnlyTheFieldsOfTheirSchema() {
        JsonNode doc = document();
        List<String> wrong = new ArrayList<>();
        operations(doc, (name, op) -> {
            List<Map.Entry<String, JsonNode>> media = new ArrayList<>();
            op.path("requestBody").path("content").fields().forEachRemaining(media::add);
            op.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media::add);
                }
            });
            for (Map.Entry<String, JsonNode> m : media) {
                JsonNode example = m.getValue().path("example");
                JsonNode properties = resolve(doc, m.getValue().path("schema")).path("properties");
                if (isJson(m.getKey()) && example.isObject() && properties.isObject()) {
                    example.fieldNames().forEachRemaining(field -> {
                        if (!properties.has(field)) {
                            wrong.add(name + " " + m.getKey() + ": example field '" + field + "' is not in the schema");
                        }
                    });
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void noEnumIsTypedAsAFreeString() {
        JsonNode doc = document();
        assertEquals(List.of(), freeStringEnums(doc), "enum-like parameters typed as free strings");
    }

    @Test
    void everyEnumDescribesEachValue() {
        JsonNode doc = document();
        List<String> undescribed = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode values = schema.getValue().path("enum");
            if (values.isArray()) {
                undescribed.addAll(unnamed("schema " + schema.getKey(), values, schema.getValue().path("description").asText()));
            }
        });
        operations(doc, (name, op) -> parameters(op, parameter -> {
            JsonNode schema = resolve(doc, parameter.path("schema"));
            if (schema.path("enum").isArray()) {
                String text = parameter.path("description").asText() + " " + schema.path("description").asText();
                undescribed.addAll(unnamed(name + " parameter " + parameter.path("name").asText(), schema.path("enum"), text));
            }
        }));
        assertEquals(List.of(), undescribed, "enum values without a description");
    }

    @Test
    void documentsAreTypedByTheirMediaType() {
        List<String> wrong = new ArrayList<>();
        operations(document(), (name, op) -> op.path("responses").fields().forEachRemaining(response ->
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (isDocument(media.getKey())) {
                        if (!schema.isMissingNode() && !"string".equals(type(schema))) {
                            wrong.add(name + " " + response.getKey() + " " + media.getKey() + ": " + schema);
                        }
                    } else if (isJson(media.getKey()) && "binary".equals(schema.path("format").asText())) {
                        wrong.add(name + " " + response.getKey() + " " + media.getKey() + " typed as a file: " + schema);
                    }
                })));
        assertEquals(List.of(), wrong, "documents typed by a JSON schema");
    }

    @Test
    void ndjsonBodiesDocumentTheirLineAndAnExampleLine() {
        JsonNode doc = document();
        List<String> wrong = new ArrayList<>();
        operations(doc, (name, op) -> {
            List<JsonNode> contents = new ArrayList<>();
            contents.add(op.path("requestBody").path("content"));
            op.path("responses").forEach(response -> contents.add(response.path("content")));
            for (JsonNode content : contents) {
                content.fields().forEachRemaining(media -> {
                    if (media.getKey().contains("ndjson")) {
                        ndjsonProblems(doc, name + " " + media.getKey(), media.getValue(), wrong);
                    }
                });
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** The figures the issue tracks, printed by the first test. */
    public static Map<String, Integer> counts(JsonNode doc) {
        int[] c = new int[7];
        operations(doc, (name, op) -> {
            c[0]++;
            if (!blank(op.path("description"))) {
                c[1]++;
            }
            if (hasProblem4xx(op)) {
                c[2]++;
            }
            op.path("responses").fields().forEachRemaining(response -> {
                boolean example = false;
                for (JsonNode media : response.getValue().path("content")) {
                    example |= hasExample(doc, media);
                }
                c[3]++;
                if (example) {
                    c[4]++;
                }
                if (response.getKey().startsWith("2")) {
                    boolean json = false;
                    boolean jsonExample = false;
                    Iterator<Map.Entry<String, JsonNode>> media = response.getValue().path("content").fields();
                    while (media.hasNext()) {
                        Map.Entry<String, JsonNode> m = media.next();
                        if (isJson(m.getKey())) {
                            json = true;
                            jsonExample |= hasExample(doc, m.getValue());
                        }
                    }
                    if (json) {
                        c[5]++;
                        if (jsonExample) {
                            c[6]++;
                        }
                    }
                }
            });
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("operations", c[0]);
        counts.put("withDescription", c[1]);
        counts.put("withProblem4xx", c[2]);
        counts.put("freeStringEnumParameters", freeStringEnums(doc).size());
        counts.put("responses", c[3]);
        counts.put("responsesWithExample", c[4]);
        counts.put("json2xx", c[5]);
        counts.put("json2xxWithExample", c[6]);
        return counts;
    }

    static List<String> freeStringEnums(JsonNode doc) {
        List<String> free = new ArrayList<>();
        operations(doc, (name, op) -> parameters(op, parameter -> {
            String in = parameter.path("in").asText();
            if (!in.equals("query") && !in.equals("path")) {
                return;
            }
            JsonNode schema = resolve(doc, parameter.path("schema"));
            if (schema.path("enum").isArray() || schema.path("items").path("enum").isArray()
                    || resolve(doc, schema.path("items")).path("enum").isArray()) {
                return;
            }
            String type = type(schema);
            boolean stringy = type == null || type.equals("string") || type.equals("array");
            String paramName = parameter.path("name").asText();
            Matcher codes = CODE.matcher(parameter.path("description").asText());
            int found = 0;
            while (codes.find()) {
                found++;
            }
            if (stringy && (ENUM_LIKE_NAMES.contains(paramName) || found >= 2)) {
                free.add(name + " " + paramName);
            }
        }));
        return free;
    }

    private static void ndjsonProblems(JsonNode doc, String name, JsonNode media, List<String> wrong) {
        JsonNode line = resolve(doc, media.path("schema"));
        if (!line.path("properties").isObject() || line.path("properties").isEmpty()) {
            wrong.add(name + ": no line schema (an object with properties)");
            return;
        }
        JsonNode example = media.path("example");
        if (example.isMissingNode() && media.path("examples").isObject() && !media.path("examples").isEmpty()) {
            example = media.path("examples").elements().next().path("value");
        }
        if (!example.isTextual() || example.asText().isBlank()) {
            wrong.add(name + ": no example lines");
            return;
        }
        for (String text : example.asText().split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(text);
                if (!node.isObject()) {
                    wrong.add(name + ": example line is not an object: " + text);
                    continue;
                }
                node.fieldNames().forEachRemaining(field -> {
                    if (!line.path("properties").has(field)) {
                        wrong.add(name + ": example line field '" + field + "' is not in the line schema");
                    }
                });
            } catch (IOException e) {
                wrong.add(name + ": example line is not JSON: " + text);
            }
        }
    }

    private static List<String> unnamed(String where, JsonNode values, String description) {
        List<String> missing = new ArrayList<>();
        values.forEach(value -> {
            if (!value.isNull() && !description.contains(value.asText())) {
                missing.add(where + " " + value.asText());
            }
        });
        return missing;
    }

    static boolean hasProblem4xx(JsonNode op) {
        Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("4") && response.getValue().path("content").has("application/problem+json")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasExample(JsonNode doc, JsonNode media) {
        if (media.has("example") || (media.path("examples").isObject() && !media.path("examples").isEmpty())) {
            return true;
        }
        JsonNode schema = resolve(doc, media.path("schema"));
        if (schema.has("example") || (schema.path("examples").isArray() && !schema.path("examples").isEmpty())) {
            return true;
        }
        JsonNode items = resolve(doc, schema.path("items"));
        return items.has("example") || (items.path("examples").isArray() && !items.path("examples").isEmpty());
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = doc.at(ref.substring(ref.indexOf('#') + 1));
        }
        if (current.path("allOf").isArray() && current.path("allOf").size() == 1 && !current.has("type")) {
            return resolve(doc, current.path("allOf").get(0));
        }
        return current;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return null;
        }
        return type.isTextual() ? type.asText() : (schema.has("$ref") || schema.has("properties") ? "object" : null);
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json") && !mediaType.equals("application/problem+json");
    }

    static boolean isDocument(String mediaType) {
        return mediaType.startsWith("text/html") || mediaType.startsWith("text/markdown") || mediaType.startsWith("text/csv")
                || mediaType.equals("application/pdf") || mediaType.startsWith("application/vnd.openxmlformats");
    }

    private static boolean blank(JsonNode node) {
        return !node.isTextual() || node.asText().isBlank();
    }

    static void operations(JsonNode doc, BiConsumer<String, JsonNode> each) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                JsonNode operation = op.getValue();
                if (path.getValue().path("parameters").isArray() && operation.isObject()) {
                    ObjectNode merged = ((ObjectNode) operation).deepCopy();
                    ArrayNode parameters = merged.withArray("parameters");
                    path.getValue().path("parameters").forEach(parameters::add);
                    operation = merged;
                }
                each.accept(op.getKey().toUpperCase() + " " + path.getKey(), operation);
            }
        }));
    }

    private static void parameters(JsonNode op, java.util.function.Consumer<JsonNode> each) {
        op.path("parameters").forEach(each);
    }
}
