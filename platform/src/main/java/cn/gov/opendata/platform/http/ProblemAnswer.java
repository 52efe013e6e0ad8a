package cn.gov.opendata.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A problem+json answer written straight to Vert.x, for refusals made before the REST layer sees the request. */
final class ProblemAnswer {

    private ProblemAnswer() {
    }

    static void send(RoutingContext rc, int status, String title, String detail, String field) {
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", title).put("status", status).put("detail", detail);
        if (field != null) {
            problem.put("violations", new JsonArray().add(new JsonObject().put("field", field).put("message", detail)));
        }
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem.encode());
    }
}
