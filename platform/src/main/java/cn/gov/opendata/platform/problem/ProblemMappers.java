package cn.gov.opendata.platform.problem;

import cn.gov.opendata.platform.http.BodyTooLarge;
import cn.gov.opendata.platform.json.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure a client can cause into RFC 7807 problem+json; anything else is {@link LastResortMapper}'s. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e) {
        return constraintViolations(e);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "Bad Request", detail, violations));
    }

    /**
     * Every JSON failure of a request body, in the same words as an import line's ({@link JsonErrors}): the field at
     * fault and what it must be, never a Java type. The subclasses are listed so no broader mapper can win.
     */
    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongValue(InvalidFormatException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 2)
    public Response malformed(JsonProcessingException e) {
        return json(e);
    }

    private static Response json(JsonProcessingException e) {
        Violation violation = JsonErrors.violation(e);
        return respond(Problem.of(400, "Bad Request", violation.field() + ": " + violation.message(), List.of(violation)));
    }

    /**
     * A body without a declared length that passed the limit while it was read. The rest is not read: the connection
     * closes after the answer, as for a declared one, so that a client sending gigabytes does not keep a worker busy.
     */
    @ServerExceptionMapper
    public Response tooLarge(BodyTooLarge e, RoutingContext rc) {
        // the REST layer sets the response's one end handler itself, after this: the context's are called besides
        rc.addEndHandler(ended -> rc.request().connection().close());
        return Response.status(413).type(Problem.MEDIA_TYPE).header("Connection", "close")
                .entity(Problem.of(413, "Payload Too Large", e.getMessage(), List.of(new Violation("body", e.getMessage())))).build();
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e) {
        return respond(Problem.of(409, "Conflict", "The record was changed by someone else; reload it and retry with its current version"));
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e) {
        return respond(Problem.of(409, "Conflict", "The record was changed by someone else; reload it and retry with its current version"));
    }

    /** No token on an endpoint that needs one. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated("A bearer token is required");
    }

    /** A token that is expired, signed by another key, for another issuer or audience, or malformed. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated("The bearer token is not valid (expired, wrong signer, issuer or audience, or malformed)");
    }

    /** A valid token whose roles do not allow the operation. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "The token's roles do not allow this operation"));
    }

    private static Response unauthenticated(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(401, "Unauthorized", detail)).build();
    }

    /** The framework's own refusals (no such path, method, media type), in the platform's words. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        // the framework's JSON reader hands a malformed document (truncated, a repeated key, bad UTF-8) over wrapped
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = e.getMessage();
        if (status.getStatusCode() == 415) {
            detail = "This operation does not take a body of type " + said(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), "(none)")
                    + "; the API's OpenAPI document (/q/openapi) lists the types each operation takes";
        } else if (status.getStatusCode() == 406) {
            detail = "This operation cannot answer in any type the Accept header asks for ("
                    + said(headers.getHeaderString(HttpHeaders.ACCEPT), "") + "); the API's OpenAPI document (/q/openapi) lists what each answers";
        } else if (detail == null || detail.startsWith("HTTP " + status.getStatusCode()) || !detail.equals(JsonErrors.plain(detail))) {
            detail = status.getReasonPhrase() + ": " + Problem.excerpt(uri.getRequestUri().getRawPath());
        }
        Response.ResponseBuilder answer = Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase() == null ? "Error" : status.getReasonPhrase(), detail));
        // a 405 says which methods the path has; the framework's own refusal does not
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow == null && status.getStatusCode() == 405) {
            allow = AllowedMethods.of(uri.getRequestUri().getPath()).orElse(null);
        }
        if (allow != null) {
            answer.header("Allow", allow);
        }
        return answer.build();
    }

    /** A header's value as the client sent it, shortened, or the fallback when there is none. */
    private static String said(String value, String none) {
        if (value == null || value.isBlank()) {
            return none;
        }
        return Problem.excerpt(JsonErrors.plain(value.strip()));
    }

    static Response respond(Problem problem) {
        return respondBuilder(problem).build();
    }

    static Response.ResponseBuilder respondBuilder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** Drops the method and body-parameter names ("create.body.title" → "title"); a query parameter keeps its name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || bodyParameter) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
