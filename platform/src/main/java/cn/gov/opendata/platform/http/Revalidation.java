package cn.gov.opendata.platform.http;

import cn.gov.opendata.platform.problem.Problem;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.Date;

/**
 * The conditional headers of a read (If-None-Match, If-Modified-Since, If-Match, If-Unmodified-Since) against the
 * answer's validators: 304 when the client holds it, a 412 problem when a precondition of the client fails (the
 * framework's own 412 has no body), otherwise null: answer in full. A validator that cannot be read is ignored, as RFC
 * 9110 (13.1.3) asks of an invalid date: the client then simply gets the answer.
 */
public final class Revalidation {

    private Revalidation() {
    }

    public static Response.ResponseBuilder notModified(Request request, EntityTag tag) {
        return notModified(request, tag, null);
    }

    public static Response.ResponseBuilder notModified(Request request, EntityTag tag, Date lastModified) {
        Response.ResponseBuilder evaluated;
        try {
            evaluated = lastModified == null ? request.evaluatePreconditions(tag) : request.evaluatePreconditions(lastModified, tag);
        } catch (RuntimeException unreadableValidator) {
            return null;
        }
        if (evaluated == null) {
            return null;
        }
        Response answer = evaluated.build();
        if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            return Response.status(Response.Status.PRECONDITION_FAILED).type(Problem.MEDIA_TYPE).entity(Problem.of(412,
                    "Precondition Failed", "The If-Match or If-Unmodified-Since header does not name the current version of this"
                            + " answer (its ETag is " + tag + ")"));
        }
        return Response.fromResponse(answer);
    }
}
