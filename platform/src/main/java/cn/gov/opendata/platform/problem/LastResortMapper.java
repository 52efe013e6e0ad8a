package cn.gov.opendata.platform.problem;

import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.UUID;

/**
 * What a failure no other mapper knows becomes. Failures of the database that a client's request or the load can
 * cause are named ({@link StorageFailure}): a duplicate key written by a concurrent request is a 409, a value
 * PostgreSQL cannot store a 400, no free connection a 503 with Retry-After. Anything else is a bug: a 500 problem
 * with an error id that is logged with its stack and never shown with it.
 */
public class LastResortMapper {

    /** Seconds a client waits before retrying when the service is out of connections or time. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response any(Throwable e) {
        return unforeseen(e);
    }

    static Response unforeseen(Throwable e) {
        StorageFailure storage = StorageFailure.of(e);
        if (storage != null) {
            Log.debugf("answered %d for a storage failure: %s", storage.status(), storage.detail());
            Response.ResponseBuilder answer = ProblemMappers.respondBuilder(storage.problem());
            if (storage.status() == 503) {
                answer.header("Retry-After", RETRY_AFTER_SECONDS);
            }
            return answer.build();
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "unforeseen failure, error id %s", errorId);
        return ProblemMappers.respond(Problem.of(500, "Internal Server Error",
                "The service failed unexpectedly; quote error id " + errorId + " to its operators"));
    }

    /** A database failure a client or the load can cause, found anywhere in the chain of causes. */
    record StorageFailure(int status, String title, String detail) {

        Problem problem() {
            return Problem.of(status, title, detail);
        }

        static StorageFailure of(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof java.time.DateTimeException) {
                    // a date or instant a client sent far outside the calendar the records use
                    return new StorageFailure(400, "Bad Request", "A date is out of the range the records can hold");
                }
                String message = String.valueOf(cause.getMessage());
                if (message.contains("acquisition timeout")) {
                    return busy();
                }
                if (cause instanceof SQLException sql) {
                    StorageFailure found = ofState(sql.getSQLState());
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static StorageFailure ofState(String state) {
            if (state == null) {
                return null;
            }
            if (state.equals("23505") || state.equals("23P01")) {
                return new StorageFailure(409, "Conflict",
                        "A record with the same key was written by another request at the same time; read it, and retry if it differs");
            }
            if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                return new StorageFailure(409, "Conflict", "The record was changed by another request at the same time; retry");
            }
            if (state.startsWith("22")) {
                return new StorageFailure(400, "Bad Request",
                        "A value is out of the range the records can hold (too long, too large, or an impossible date or text)");
            }
            if (state.equals("23502") || state.equals("23514")) {
                return new StorageFailure(400, "Bad Request", "A value breaks a rule of the records (missing or out of range)");
            }
            if (state.equals("23503")) {
                return new StorageFailure(409, "Conflict", "The record refers to, or is referred to by, another record");
            }
            if (state.startsWith("08") || state.equals("53300") || state.startsWith("57") || state.equals("53400")) {
                return busy();
            }
            return null;
        }

        private static StorageFailure busy() {
            return new StorageFailure(503, "Service Unavailable", "The database is busy or unreachable; retry in a few seconds");
        }
    }
}
