package cn.gov.opendata.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input generated from the service's own OpenAPI document: every operation, every path and query parameter
 * and every body field, one mutation at a time (NUL, control characters, lone surrogates, huge, negative and
 * fractional numbers, out-of-range dates, wrong types, nulls), and whole bodies that are not one JSON document
 * (duplicate keys, trailing garbage, other media types, oversized, deeply nested). No answer may be a 5xx, and every
 * 4xx must be problem+json. Each service runs it as a {@code @QuarkusTest} subclass, with an admin token so the
 * input reaches past access control.
 */
public abstract class HostileInputSuite {

    /** What one hostile request is and what came back. */
    public record Outcome(String request, int status, String contentType) {
        boolean bad(Set<Integer> tolerated) {
            if (status < 0 || status >= 500 && !tolerated.contains(status)) {
                return true;
            }
            return status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One admin token per run: minting one per request would cost more than the requests. */
    private static final ThreadLocal<String> TOKEN = ThreadLocal.withInitial(Tokens::admin);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MINIMUM_CASES = 250;
    /** Over a megabyte: larger than any field a record holds, within every service's body limit. */
    private static final String OVERSIZED = "长".repeat(1_200_000);

    /** Statuses the service answers legitimately in its test set-up (a source service absent: 503 naming it). */
    protected Set<Integer> toleratedStatuses() {
        return Set.of();
    }

    /** A value for a path parameter that names nothing but passes its pattern, so the mutations of the others count. */
    protected String plausible(String name, JsonNode schema) {
        String type = typeOf(schema);
        if (type.equals("integer")) {
            return name.toLowerCase().contains("year") ? "2023" : "1";
        }
        if (name.toLowerCase().contains("agency") || name.equals("code") || name.equals("parent")) {
            return "hostile-agency";
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return "hostile-1";
    }

    @Test
    void noHostileInputGetsA5xxAndEvery4xxIsProblemJson() throws Exception {
        List<Outcome> outcomes = run();
        List<Outcome> bad = outcomes.stream().filter(o -> o.bad(toleratedStatuses())).toList();
        long serverErrors = outcomes.stream().filter(o -> o.status() >= 500 || o.status() < 0).count();
        System.out.printf("hostile input: %d cases, %d answered 5xx or no answer, %d bad%n", outcomes.size(), serverErrors, bad.size());
        bad.forEach(o -> System.out.println("hostile input failure: " + o));
        assertTrue(outcomes.size() >= MINIMUM_CASES, "only " + outcomes.size() + " hostile cases were generated");
        assertEquals(List.of(), bad.stream().limit(40).toList(),
                bad.size() + " of " + outcomes.size() + " hostile requests were answered with a 5xx or a 4xx without problem+json");
    }

    /** Every generated case and its answer (also used to count the 5xx of a tree before a fix). */
    public List<Outcome> run() throws Exception {
        TOKEN.remove();
        JsonNode document = JSON.readTree(given().auth().none().accept("application/json")
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<Outcome> outcomes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.getValue().path("parameters").forEach(parameters::add);
                new Operation(document, method, path.getKey(), parameters, operation.getValue().path("requestBody"))
                        .attack(outcomes);
            }
        }
        return outcomes;
    }

    private final class Operation {
        final JsonNode document;
        final String method;
        final String template;
        final List<JsonNode> parameters;
        final JsonNode requestBody;

        Operation(JsonNode document, String method, String template, List<JsonNode> parameters, JsonNode requestBody) {
            this.document = document;
            this.method = method;
            this.template = template;
            this.parameters = parameters;
            this.requestBody = requestBody;
        }

        void attack(List<Outcome> outcomes) {
            Map<String, String> pathValues = new LinkedHashMap<>();
            for (JsonNode p : parameters) {
                if (p.path("in").asText().equals("path")) {
                    pathValues.put(p.path("name").asText(), plausible(p.path("name").asText(), resolve(p.path("schema"))));
                }
            }
            String mediaType = bodyMediaType();
            String body = mediaType == null ? null : baseBody(mediaType);

            for (String name : pathValues.keySet()) {
                for (String raw : RAW_PATH_VALUES) {
                    Map<String, String> mutated = new LinkedHashMap<>(pathValues);
                    mutated.put(name, raw);
                    outcomes.add(send(uri(mutated, ""), mediaType, body, "path " + name + "=" + raw));
                }
            }
            for (JsonNode p : parameters) {
                if (!p.path("in").asText().equals("query")) {
                    continue;
                }
                String name = p.path("name").asText();
                for (String raw : RAW_QUERY_VALUES) {
                    outcomes.add(send(uri(pathValues, "?" + name + "=" + raw), mediaType, body, "query " + name + "=" + raw));
                }
            }
            String plain = uri(pathValues, "");
            outcomes.add(exchange(method, plain, mediaType, body, "Accept application/xml",
                    "Authorization: Bearer " + TOKEN.get(), "Accept: application/xml"));
            outcomes.add(exchange(method, plain, mediaType, body, "malformed token", "Authorization: Bearer not.a.token"));
            outcomes.add(exchange(method, plain, mediaType, body, "huge header",
                    "Authorization: Bearer " + TOKEN.get(), "X-Junk: " + "x".repeat(6000)));
            outcomes.add(exchange("PATCH", plain, mediaType, body, "method PATCH", "Authorization: Bearer " + TOKEN.get()));
            if (mediaType == null) {
                outcomes.add(send(plain, null, null, "plain"));
                return;
            }
            outcomes.add(exchange(method, plain, mediaType + "; charset=ISO-8859-1", body, "declared Latin-1",
                    "Authorization: Bearer " + TOKEN.get()));
            outcomes.add(exchange(method, plain, mediaType, body, "gzip that is not",
                    "Authorization: Bearer " + TOKEN.get(), "Content-Encoding: gzip"));
            String target = uri(pathValues, "");
            if (mediaType.contains("json") && !mediaType.contains("ndjson")) {
                JsonNode base = example(schemaOfBody(mediaType), 0);
                for (Map.Entry<String, JsonNode> mutation : fieldMutations(base)) {
                    outcomes.add(send(target, mediaType, mutation.getValue().toString(), "body " + mutation.getKey()));
                }
                for (Map.Entry<String, String> whole : wholeBodies(base).entrySet()) {
                    outcomes.add(send(target, mediaType, whole.getValue(), "body " + whole.getKey()));
                }
            } else if (mediaType.contains("ndjson")) {
                JsonNode line = example(schemaOfBody("application/json"), 0);
                if (line == null || line.isMissingNode()) {
                    line = NODES.objectNode().put("agency", "hostile-agency");
                }
                for (Map.Entry<String, JsonNode> mutation : fieldMutations(line)) {
                    outcomes.add(send(target, mediaType, mutation.getValue().toString() + "\n", "line " + mutation.getKey()));
                }
                for (Map.Entry<String, String> whole : wholeBodies(line).entrySet()) {
                    outcomes.add(send(target, mediaType, whole.getValue(), "lines " + whole.getKey()));
                }
            } else {
                outcomes.add(send(target, mediaType, "\u0000garbage", "body of " + mediaType));
            }
            outcomes.add(send(target, "text/plain", "hello", "wrong media type text/plain"));
            outcomes.add(send(target, "application/xml", "<a/>", "wrong media type application/xml"));
        }

        private String uri(Map<String, String> pathValues, String query) {
            String uri = template;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                uri = uri.replace("{" + value.getKey() + "}", value.getValue());
            }
            return uri + query;
        }

        private String bodyMediaType() {
            JsonNode content = requestBody.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return null;
            }
            if (content.has("application/json")) {
                return "application/json";
            }
            return content.fieldNames().next();
        }

        private JsonNode schemaOfBody(String mediaType) {
            JsonNode content = requestBody.path("content");
            JsonNode schema = content.path(mediaType).path("schema");
            if (schema.isMissingNode() && content.size() > 0) {
                schema = content.elements().next().path("schema");
            }
            return resolve(schema);
        }

        private String baseBody(String mediaType) {
            JsonNode base = example(schemaOfBody(mediaType), 0);
            return base == null ? "{}" : base.toString();
        }

        private JsonNode resolve(JsonNode schema) {
            int hops = 0;
            while (schema.has("$ref") && hops++ < 10) {
                String ref = schema.get("$ref").asText();
                JsonNode target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part);
                }
                schema = target;
            }
            if (schema.has("allOf") && schema.get("allOf").size() > 0) {
                return resolve(schema.get("allOf").get(0));
            }
            if ((schema.has("oneOf") || schema.has("anyOf"))) {
                JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
                for (JsonNode option : options) {
                    JsonNode resolved = resolve(option);
                    if (!typeOf(resolved).equals("null")) {
                        return resolved;
                    }
                }
            }
            return schema;
        }

        /** A value the schema accepts, as far as a schema can say: the base every mutation changes one field of. */
        private JsonNode example(JsonNode schema, int depth) {
            schema = resolve(schema);
            if (depth > 6) {
                return NODES.nullNode();
            }
            if (schema.has("enum")) {
                return schema.get("enum").get(0);
            }
            return switch (typeOf(schema)) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                    while (properties.hasNext()) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        JsonNode value = named(property.getKey(), resolve(property.getValue()));
                        object.set(property.getKey(), value != null ? value : example(property.getValue(), depth + 1));
                    }
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    array.add(example(schema.path("items"), depth + 1));
                    yield array;
                }
                case "integer" -> NODES.numberNode(1);
                case "number" -> NODES.numberNode(1);
                case "boolean" -> NODES.booleanNode(false);
                case "string" -> switch (schema.path("format").asText()) {
                    case "date" -> NODES.textNode("2023-05-10");
                    case "date-time" -> NODES.textNode("2023-05-10T10:00:00+08:00");
                    default -> NODES.textNode("hostile");
                };
                default -> NODES.textNode("hostile");
            };
        }

        /** Fields whose names say what they hold, so the base passes the first checks and mutations reach further. */
        private JsonNode named(String name, JsonNode schema) {
            String lower = name.toLowerCase();
            String type = typeOf(schema);
            if (type.equals("string") && !schema.has("enum") && !schema.has("format")
                    && (lower.equals("agency") || lower.endsWith("agency") || lower.equals("code") || lower.equals("parent"))) {
                return NODES.textNode("hostile-agency");
            }
            if (type.equals("integer") && lower.contains("year")) {
                return NODES.numberNode(2023);
            }
            return null;
        }

        /** One field at a time: every leaf of the base replaced by each hostile value. */
        private List<Map.Entry<String, JsonNode>> fieldMutations(JsonNode base) {
            List<Map.Entry<String, JsonNode>> mutations = new ArrayList<>();
            if (!(base instanceof ObjectNode object)) {
                return mutations;
            }
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode original = object.get(field);
                for (Map.Entry<String, JsonNode> hostile : hostileValues(original).entrySet()) {
                    ObjectNode copy = object.deepCopy();
                    copy.set(field, hostile.getValue());
                    mutations.add(Map.entry(field + "=" + hostile.getKey(), copy));
                }
                if (original instanceof ObjectNode nested) {
                    for (Map.Entry<String, JsonNode> inner : fieldMutations(nested)) {
                        ObjectNode copy = object.deepCopy();
                        copy.set(field, inner.getValue());
                        mutations.add(Map.entry(field + "." + inner.getKey(), copy));
                    }
                }
                if (original instanceof ArrayNode array && array.size() > 0) {
                    ArrayNode withNull = NODES.arrayNode().addNull();
                    ObjectNode copy = object.deepCopy();
                    copy.set(field, withNull);
                    mutations.add(Map.entry(field + "=[null]", copy));
                    if (array.get(0) instanceof ObjectNode element) {
                        for (Map.Entry<String, JsonNode> inner : fieldMutations(element)) {
                            ObjectNode elementCopy = object.deepCopy();
                            elementCopy.set(field, NODES.arrayNode().add(inner.getValue()));
                            mutations.add(Map.entry(field + "[0]." + inner.getKey(), elementCopy));
                        }
                    } else {
                        for (Map.Entry<String, JsonNode> hostile : hostileValues(array.get(0)).entrySet()) {
                            ObjectNode elementCopy = object.deepCopy();
                            elementCopy.set(field, NODES.arrayNode().add(hostile.getValue()));
                            mutations.add(Map.entry(field + "[0]=" + hostile.getKey(), elementCopy));
                        }
                    }
                }
            }
            return mutations;
        }

        private Map<String, JsonNode> hostileValues(JsonNode original) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put("null", NODES.nullNode());
            if (original.isTextual()) {
                values.put("NUL", NODES.textNode("a\u0000b"));
                values.put("lone surrogate", NODES.textNode("a\ud800b"));
                values.put("control character", NODES.textNode("a\u0007b"));
                values.put("number", NODES.numberNode(1));
                values.put("huge date", NODES.textNode("+999999999-12-31T23:59:59Z"));
                values.put("date 9999", NODES.textNode("9999-12-31"));
                values.put("date 0001", NODES.textNode("0001-01-01"));
                values.put("long text", NODES.textNode("x".repeat(20_000)));
                values.put("object", NODES.objectNode().put("a", 1));
            } else if (original.isNumber()) {
                values.put("-1", NODES.numberNode(-1));
                values.put("2^31", NODES.numberNode(2147483648L));
                values.put("2^63", NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
                values.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
                values.put("0.5", NODES.numberNode(new java.math.BigDecimal("0.5")));
                values.put("text", NODES.textNode("1"));
            } else if (original.isBoolean()) {
                values.put("text", NODES.textNode("true"));
                values.put("number", NODES.numberNode(1));
            } else if (original.isArray()) {
                values.put("object", NODES.objectNode());
                values.put("text", NODES.textNode("a"));
            } else if (original.isObject()) {
                values.put("array", NODES.arrayNode());
                values.put("text", NODES.textNode("a"));
            }
            return values;
        }

        private Map<String, String> wholeBodies(JsonNode base) {
            Map<String, String> bodies = new LinkedHashMap<>();
            String json = base == null ? "{}" : base.toString();
            bodies.put("duplicate key", json.startsWith("{\"") ? "{" + json.substring(1, json.indexOf(':') + 1) + "null," + json.substring(1) : "{\"a\":1,\"a\":2}");
            bodies.put("trailing garbage", json + " xyz");
            bodies.put("two documents", json + " " + json);
            bodies.put("empty", "");
            bodies.put("null", "null");
            bodies.put("array", "[]");
            bodies.put("number", "1");
            bodies.put("truncated", json.substring(0, Math.max(1, json.length() / 2)));
            bodies.put("deeply nested", "[".repeat(5000) + "]".repeat(5000));
            bodies.put("oversized field", json.startsWith("{\"") ? "{\"hostile\":\"" + OVERSIZED + "\"," + json.substring(1) : "\"" + OVERSIZED + "\"");
            bodies.put("invalid UTF-8", new String(new byte[]{(byte) 0xC3, (byte) 0x28}, StandardCharsets.ISO_8859_1));
            return bodies;
        }

        private Outcome exchange(String verb, String uri, String mediaType, String body, String what, String... headers) {
            RawHttp.Answer answer = RawHttp.send(verb, uri, body == null ? null : mediaType,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
            return new Outcome(verb + " " + uri.substring(0, Math.min(uri.length(), 160)) + " [" + what + "]",
                    answer.status(), answer.contentType());
        }

        private Outcome send(String uri, String mediaType, String body, String what) {
            byte[] bytes = body == null ? null : what.endsWith("invalid UTF-8")
                    ? body.getBytes(StandardCharsets.ISO_8859_1) : body.getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer answer = RawHttp.send(method, uri, body == null ? null : mediaType, bytes,
                    "Authorization: Bearer " + TOKEN.get());
            String label = method + " " + uri.substring(0, Math.min(uri.length(), 160)) + " [" + what.substring(0, Math.min(what.length(), 80)) + "]";
            return new Outcome(label, answer.status(), answer.contentType());
        }
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isMissingNode()) {
            return schema.has("properties") ? "object" : "string";
        }
        return type.asText();
    }

    /** Path values sent raw: the guard must refuse what the framework would rewrite or the database cannot hold. */
    private static final List<String> RAW_PATH_VALUES = List.of(
            "%00", "a%00b", "a;b", "a%2Fb", "a%2f..%2fb", "..", "%2e%2e", "a%5Cb", "%ED%A0%80", "%C3%28", "%zz",
            "99999999999999999999", "-1", "2147483648", "+999999999-12-31", "9999-12-31", "x".repeat(3000), "%E2%80%AE", "%07");

    private static final List<String> RAW_QUERY_VALUES = List.of(
            "%00", "a%00b", "%ED%A0%80", "%zz", "99999999999999999999", "-1", "2147483647", "-2147483648", "1e400", "0.5",
            "+999999999-12-31T23:59:59Z", "9999-12-31", "0000-01-01", "-999999999-01-01", "x".repeat(3000), "%07", "");
}
