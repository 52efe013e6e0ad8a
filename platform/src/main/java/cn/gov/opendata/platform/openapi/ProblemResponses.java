package cn.gov.opendata.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error answer of every service is RFC 7807 problem+json (platform's ProblemMappers), so the OpenAPI document
 * says so once, here, for every 4xx and 5xx response an operation documents: the Problem schema and an example of
 * that status. A client learns the error shape from the document, not by sending bad requests.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema(SCHEMA, problemSchema());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                addClientErrorsWhereNone(openAPI, path, operation);
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        describe(Integer.parseInt(status), response);
                    }
                });
            }
        }
    }

    /**
     * An operation that documents no 4xx at all still has the platform's: 400 where it takes parameters or a body (every
     * parameter and body is checked, a bad one named in the problem), 401 and 403 where it needs a token.
     */
    private static void addClientErrorsWhereNone(OpenAPI openAPI, PathItem path, Operation operation) {
        boolean documented = operation.getResponses().getAPIResponses().keySet().stream().anyMatch(s -> s.startsWith("4"));
        if (documented) {
            return;
        }
        boolean parameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (path.getParameters() != null && !path.getParameters().isEmpty()) || operation.getRequestBody() != null;
        if (parameters) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("A parameter or the body is invalid; the problem names each one"));
        }
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty()
                : openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (secured) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("No valid bearer token"));
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                    .description("The token's roles or agency do not allow this operation"));
        }
    }

    private static void describe(int status, APIResponse response) {
        Content content = OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA))
                .example(example(status, response.getDescription())));
        response.setContent(content);
    }

    /** An example body of the status, its detail taken from the response's own description. */
    static Map<String, Object> example(int status, String description) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", description == null || description.isBlank() ? title(status) : description);
        if (status == 400) {
            problem.put("violations", List.of(Map.of("field", "year", "message", "must be a year from 2000 to 2100")));
        }
        return problem;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 428 -> "Precondition Required";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One field at fault: its JSON path (with 'line n: ' before it for an import line) and what is wrong")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 7807 problem details: every error of this API")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description("always about:blank"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description("the HTTP status phrase"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("what went wrong, in plain words"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(violation));
    }
}
