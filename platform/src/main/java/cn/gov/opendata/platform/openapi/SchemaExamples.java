package cn.gov.opendata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document answers (HTML, Markdown, CSV, PDF, DOCX, XLSX) are typed by their media type: a string, binary for the
 * office files, never the JSON schema an operation's {@code @APIResponse} names for its JSON variant.
 * <p>
 * And every JSON request body and 2xx JSON answer without a hand-written example gets one built from its schema:
 * each field's own {@code @Schema(example = …)} where it has one, an enum's first value, a date for a date, and the
 * platform's usual values for its recurring field names (an agency code, a year, a page) — so a client sees the
 * shape filled in, and a resource writes examples only where they say more than the field examples do.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaExamples implements OASFilter {

    private static final int DEPTH = 8;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final java.util.Properties GIVEN = given();

    private static final Map<String, Object> USUAL = Map.ofEntries(
            Map.entry("agency", "zk-fugou"), Map.entry("agencyCode", "zk-fugou"),
            Map.entry("parent", "zk-city"), Map.entry("owner", "zk-fugou"),
            Map.entry("name", "扶沟县人民政府"), Map.entry("agencyName", "扶沟县人民政府"),
            Map.entry("title", "扶沟县2018年政府信息公开工作年度报告"), Map.entry("subject", "2018年城区道路改造项目的立项批复"),
            Map.entry("indexNumber", "11411621005523612X/2018-00001"), Map.entry("trackingNumber", "FG-2018-0001"),
            Map.entry("caseNumber", "周复〔2018〕12号"), Map.entry("referenceNumber", "TS-2018-003"),
            Map.entry("year", 2018), Map.entry("page", 0), Map.entry("size", 50), Map.entry("version", 0),
            Map.entry("total", 1), Map.entry("created", 1), Map.entry("updated", 0), Map.entry("unchanged", 0),
            Map.entry("url", "https://www.fugou.gov.cn/zwgk/2018/0001.html"), Map.entry("actor", "clerk@zk-fugou"),
            Map.entry("text", "2018年，扶沟县认真贯彻落实《中华人民共和国政府信息公开条例》……"),
            Map.entry("detail", "year: must be a year from 2000 to 2100"), Map.entry("message", "must not be blank"),
            Map.entry("field", "receivedOn"), Map.entry("note", "申请人电话确认"),
            Map.entry("idNumber", "411621********0011"), Map.entry("phone", "139****0000"), Map.entry("address", "河南省扶沟县******"),
            Map.entry("reason", "需征求第三方意见"), Map.entry("court", "扶沟县人民法院"), Map.entry("label", "（一）予以公开"),
            Map.entry("unit", "件"), Map.entry("mediaType", "text/html"), Map.entry("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    fill(operation.getRequestBody().getContent(), components);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        typeDocuments(response.getContent());
                        if (status.startsWith("2")) {
                            fill(response.getContent(), components);
                        }
                    });
                }
            }
        }
    }

    static boolean isDocument(String mediaType) {
        return mediaType.startsWith("text/html") || mediaType.startsWith("text/markdown") || mediaType.startsWith("text/csv")
                || mediaType.equals("application/pdf") || mediaType.startsWith("application/vnd.openxmlformats");
    }

    /**
     * Each document media type gets a schema of its own in a media-type object of its own: the scanner shares one
     * media-type object among all the types an operation produces, so changing it in place would retype the JSON too.
     */
    private static void typeDocuments(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (String mediaType : new ArrayList<>(content.getMediaTypes().keySet())) {
            if (isDocument(mediaType)) {
                Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
                if (!mediaType.startsWith("text/")) {
                    schema.format("binary");
                }
                content.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
            }
        }
    }

    private static void fill(Content content, Map<String, Schema> components) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (type.contains("ndjson") || type.equals("text/plain")) {
                ndjson(media);
                return;
            }
            boolean json = type.equals("application/json") || (type.endsWith("+json") && !type.equals(ProblemResponses.MEDIA_TYPE));
            boolean described = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (json && !described && media.getSchema() != null) {
                Object example = example(media.getSchema(), null, components, new HashSet<>(), 0);
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    /**
     * An NDJSON example is written in its annotation as a JSON array of lines ({@code example = "[{…}, {…}]"}: the
     * scanner parses an example that looks like JSON, and would keep only the first of several lines); here it becomes
     * the NDJSON text a client sends, one line per element.
     */
    private static void ndjson(MediaType media) {
        Object example = media.getExample();
        if (example == null || example instanceof String) {
            return;
        }
        List<?> lines = example instanceof List<?> list ? list : List.of(example);
        StringBuilder text = new StringBuilder();
        for (Object line : lines) {
            try {
                text.append(JSON.writeValueAsString(line)).append('\n');
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("NDJSON example line cannot be written: " + line, e);
            }
        }
        media.setExample(text.toString());
    }

    /** The example of a schema, or null where nothing can be said (an empty schema, a recursion). */
    static Object example(Schema schema, String name, Map<String, Schema> components, Set<String> seen, int depth) {
        return example(schema, name, null, null, components, seen, depth);
    }

    /**
     * {@code container} is the component whose property this is, {@code self} the component this schema is: a service's
     * {@code openapi-examples.properties} names a value by {@code Container.property} or by {@code property}.
     */
    private static Object example(Schema schema, String name, String container, String self, Map<String, Schema> components,
                                  Set<String> seen, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        Object given = given(container, name);
        if (given != null) {
            return given;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            String ref = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (!seen.add(ref)) {
                return null;
            }
            try {
                return example(components.get(ref), name, container, ref, components, seen, depth + 1);
            } finally {
                seen.remove(ref);
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        for (List<Schema> choice : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choice != null) {
                for (Schema option : choice) {
                    Object value = example(option, name, container, self, components, seen, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        Schema.SchemaType type = type(schema);
        if (type == Schema.SchemaType.OBJECT || schema.getProperties() != null) {
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                Schema values = schema.getAdditionalPropertiesSchema();
                Object value = values == null ? null : example(values, null, self, null, components, seen, depth + 1);
                return value == null ? null : Map.of(name == null ? "key" : keyOf(name), value);
            }
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((property, propertySchema) -> {
                Object value = example(propertySchema, property, self, null, components, seen, depth + 1);
                if (value != null) {
                    object.put(property, value);
                }
            });
            return object;
        }
        if (type == Schema.SchemaType.ARRAY) {
            Object item = example(schema.getItems(), singular(name), container, null, components, seen, depth + 1);
            List<Object> list = new ArrayList<>();
            if (item != null) {
                list.add(item);
            }
            return list;
        }
        if (name != null && USUAL.containsKey(name)) {
            Object usual = USUAL.get(name);
            if (type == null || (usual instanceof String) == (type == Schema.SchemaType.STRING)) {
                return usual;
            }
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case STRING -> string(schema, name);
            case INTEGER -> name != null && name.toLowerCase().endsWith("year") ? 2018
                    : schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : new java.math.BigDecimal("12.50");
            case BOOLEAN -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A service's example value of {@code Container.property}, else of {@code property}; null when it names none. */
    private static Object given(String container, String name) {
        if (name == null) {
            return null;
        }
        String text = container == null ? null : GIVEN.getProperty(container + "." + name);
        if (text == null) {
            text = GIVEN.getProperty(name);
        }
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (java.io.IOException notJson) {
            return text;
        }
    }

    /** Every {@code META-INF/openapi-examples.properties} the application has (each service keeps its own). */
    private static java.util.Properties given() {
        java.util.Properties given = new java.util.Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            java.util.Enumeration<java.net.URL> files = (loader == null ? SchemaExamples.class.getClassLoader() : loader)
                    .getResources("META-INF/openapi-examples.properties");
            while (files.hasMoreElements()) {
                try (java.io.Reader in = new java.io.InputStreamReader(files.nextElement().openStream(),
                        java.nio.charset.StandardCharsets.UTF_8)) {
                    given.load(in);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read META-INF/openapi-examples.properties", e);
        }
        return given;
    }

    private static Object string(Schema schema, String name) {
        String format = schema.getFormat();
        if ("date".equals(format)) {
            return "2018-03-01";
        }
        if ("date-time".equals(format)) {
            return "2018-03-01T09:30:00+08:00";
        }
        if ("binary".equals(format)) {
            return null;
        }
        if (name != null && name.endsWith("Yuan")) {
            return "12.50";
        }
        if (name != null && (name.endsWith("On") || name.endsWith("Date"))) {
            return "2018-03-01";
        }
        if (name != null && name.endsWith("At")) {
            return "2018-03-01T09:30:00+08:00";
        }
        return name == null ? "text" : name;
    }

    private static String keyOf(String name) {
        return name.equals("tables") ? "TABLE_2" : name.equals("agencies") || name.equals("byAgency") ? "zk-fugou" : "key";
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y" : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static Schema.SchemaType type(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return null;
        }
        return types.stream().filter(t -> t != Schema.SchemaType.NULL).findFirst().orElse(null);
    }
}
