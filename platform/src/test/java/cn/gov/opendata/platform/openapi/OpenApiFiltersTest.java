package cn.gov.opendata.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's OpenAPI filters on small hand-built documents. */
class OpenApiFiltersTest {

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }

    private static OpenAPI document(Operation operation, Map<String, Schema> schemas) {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things", OASFactory.createPathItem().GET(operation)));
        openAPI.setComponents(OASFactory.createComponents().schemas(schemas));
        return openAPI;
    }

    private static Operation operation(String status, MediaType json) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse(status,
                OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent().addMediaType("application/json", json))));
    }

    @Test
    void anOperationWithoutAny4xxGetsTheBadRequestAndTheTokenErrorsAsProblems() {
        Operation op = operation("200", OASFactory.createMediaType().schema(string()))
                .addParameter(OASFactory.createParameter().name("kind").in(Parameter.In.QUERY).schema(string()))
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        OpenAPI doc = document(op, Map.of());
        new ProblemResponses().filterOpenAPI(doc);
        for (String status : List.of("400", "401", "403")) {
            MediaType problem = op.getResponses().getAPIResponse(status).getContent().getMediaType(ProblemResponses.MEDIA_TYPE);
            assertNotNull(problem.getExample(), status);
        }
    }

    @Test
    void anOperationDocumentingItsOwn4xxKeepsThem() {
        Operation op = operation("200", OASFactory.createMediaType().schema(string()))
                .addParameter(OASFactory.createParameter().name("kind").in(Parameter.In.QUERY).schema(string()));
        op.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("No such thing"));
        new ProblemResponses().filterOpenAPI(document(op, Map.of()));
        assertEquals(List.of("200", "404"), List.copyOf(op.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void aJsonAnswerGetsAnExampleFromItsSchemaFieldsEnumsAndDates() {
        Schema thing = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("agency", string())
                .addProperty("kind", OASFactory.createSchema().ref("#/components/schemas/Kind"))
                .addProperty("receivedOn", string().format("date"))
                .addProperty("count", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(258))
                .addProperty("children", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Thing")));
        Schema kind = string().enumeration(List.of("GOVERNMENT", "COUNTY"));
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Thing"));
        new SchemaExamples().filterOpenAPI(document(operation("200", json), Map.of("Thing", thing, "Kind", kind)));
        assertEquals(Map.of("agency", "zk-fugou", "kind", "GOVERNMENT", "receivedOn", "2018-03-01", "count", 258,
                "children", List.of()), json.getExample());
    }

    @Test
    void aHandWrittenExampleIsKept() {
        MediaType json = OASFactory.createMediaType().schema(string()).example("written");
        new SchemaExamples().filterOpenAPI(document(operation("200", json), Map.of()));
        assertEquals("written", json.getExample());
    }

    @Test
    void documentsAreTypedByTheirMediaTypeWithoutRetypingTheJson() {
        MediaType shared = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Report"));
        Operation op = operation("200", shared);
        op.getResponses().getAPIResponse("200").getContent().addMediaType("text/html", shared)
                .addMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", shared);
        new SchemaExamples().filterOpenAPI(document(op, Map.of("Report", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT)).addProperty("title", string()))));
        var content = op.getResponses().getAPIResponse("200").getContent();
        assertEquals("#/components/schemas/Report", content.getMediaType("application/json").getSchema().getRef());
        assertEquals(List.of(Schema.SchemaType.STRING), content.getMediaType("text/html").getSchema().getType());
        assertNull(content.getMediaType("text/html").getSchema().getFormat());
        assertEquals("binary", content.getMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .getSchema().getFormat());
        assertNotSame(content.getMediaType("application/json"), content.getMediaType("text/html"));
    }

    @Test
    void anNdjsonExampleWrittenAsAnArrayBecomesOneLinePerElement() {
        MediaType ndjson = OASFactory.createMediaType().schema(string())
                .example(List.of(Map.of("code", "zk-a"), Map.of("code", "zk-b")));
        Operation op = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType("application/x-ndjson", ndjson)))
                .responses(OASFactory.createAPIResponses());
        new SchemaExamples().filterOpenAPI(document(op, Map.of()));
        assertEquals("{\"code\":\"zk-a\"}\n{\"code\":\"zk-b\"}\n", ndjson.getExample());
        assertTrue(ndjson.getExample() instanceof String);
    }
}
