package cn.gov.opendata.platform.http;

import cn.gov.opendata.platform.json.TextRules;
import cn.gov.opendata.platform.paging.PageRequest;
import cn.gov.opendata.platform.problem.ApiException;
import cn.gov.opendata.platform.problem.Problem;
import cn.gov.opendata.platform.problem.Violation;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Sits in front of every route of the service (API, static pages, /q/*), before the framework decodes anything:
 * <ul>
 *   <li>adds the security headers to every answer (the page policy allows no inline script, only this origin);</li>
 *   <li>refuses a URI the framework would rewrite or a database could not hold, rather than serve another resource:
 *   an encoded slash or backslash, a {@code ;} parameter, dot segments, NUL and control characters, malformed
 *   percent-encoding or invalid UTF-8 — 400 problem+json naming the part;</li>
 *   <li>refuses a body larger than the service's {@link BodyLimit} by its declared Content-Length with a 413 problem
 *   saying the limit, before reading it;</li>
 *   <li>answers a path no route knows with a 404 problem.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuard {

    /** Runs before CORS and authentication, so even their refusals carry the headers. */
    static final int PRIORITY = 10_000;

    private final String contentSecurityPolicy;
    private final String swaggerContentSecurityPolicy;
    private final Optional<String> strictTransportSecurity;
    private final BodyLimit bodyLimit;

    public RequestGuard(
            @ConfigProperty(name = "opendata.http.content-security-policy") String contentSecurityPolicy,
            @ConfigProperty(name = "opendata.http.swagger-content-security-policy") String swaggerContentSecurityPolicy,
            @ConfigProperty(name = "opendata.http.strict-transport-security") Optional<String> strictTransportSecurity,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            BodyLimit bodyLimit) {
        this.contentSecurityPolicy = allowIssuer(contentSecurityPolicy, issuer);
        this.swaggerContentSecurityPolicy = allowIssuer(swaggerContentSecurityPolicy, issuer);
        this.strictTransportSecurity = strictTransportSecurity.filter(s -> !s.isBlank());
        this.bodyLimit = bodyLimit;
    }

    /**
     * The pages sign in through the identity provider (opendata-signin.js fetches its discovery document and token
     * endpoint): its origin, taken from the issuer the service checks, joins the origins the pages may connect to.
     */
    static String allowIssuer(String policy, Optional<String> issuer) {
        String origin = issuer.map(RequestGuard::originOf).orElse(null);
        if (origin == null || !policy.contains("connect-src 'self'") || policy.contains(origin)) {
            return policy;
        }
        return policy.replace("connect-src 'self'", "connect-src 'self' " + origin);
    }

    private static String originOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    /**
     * After every other route: a path nobody serves. Before every other failure handler: a request the router itself
     * refused (a malformed escape in the path fails before any filter runs) still gets the headers and a problem.
     */
    void fallback(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(rc ->
                ProblemAnswer.send(rc, 404, "Not Found", "Not Found: " + Problem.excerpt(rc.request().path()), null));
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            int status = rc.statusCode();
            if (rc.failure() == null && status == 413) {
                addHeaders(rc);
                tooLarge(rc);
            } else if (rc.failure() == null && status >= 400 && status < 500 || status == 400) {
                // a 400 the router failed with (an HTTP/1.1 request without Host, a head it cannot parse): the
                // framework would answer it with its own error page
                addHeaders(rc);
                ProblemAnswer.send(rc, status, status == 400 ? "Bad Request" : "Client Error",
                        "The request could not be read (malformed URI or headers)", null);
            } else {
                rc.next();
            }
        });
    }

    private void addHeaders(RoutingContext rc) {
        var headers = rc.response().headers();
        String path = rc.request().path();
        boolean swagger = path != null && path.startsWith("/q/swagger-ui");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", swagger ? swaggerContentSecurityPolicy : contentSecurityPolicy);
        strictTransportSecurity.ifPresent(value -> headers.set("Strict-Transport-Security", value));
    }

    private void guard(RoutingContext rc) {
        addHeaders(rc);
        if (declaredLength(rc) > bodyLimit.maxBytes()) {
            tooLarge(rc);
            return;
        }

        String uri = rc.request().uri();
        int question = uri.indexOf('?');
        String rawPath = question < 0 ? uri : uri.substring(0, question);
        String rawQuery = question < 0 ? "" : uri.substring(question + 1);
        String fault = pathFault(rawPath);
        if (fault != null) {
            ProblemAnswer.send(rc, 400, "Bad Request", "The path " + fault, "path");
            return;
        }
        fault = queryFault(rawQuery);
        if (fault != null) {
            ProblemAnswer.send(rc, 400, "Bad Request", "The query " + fault, "query");
            return;
        }
        // Paging is one rule for every list (PageRequest), checked here too so that no list computes an offset
        // past an int, however its resource reads the parameters.
        String page = rc.queryParams().get("page");
        String size = rc.queryParams().get("size");
        if (page != null || size != null) {
            try {
                PageRequest.of(page, size);
            } catch (ApiException e) {
                Violation violation = e.problem().violations().get(0);
                ProblemAnswer.send(rc, 400, "Bad Request", e.getMessage(), violation.field());
                return;
            }
        }
        rc.next();
    }

    /** The body's declared length, or -1 when it declares none (chunked) or none that can be read. */
    private static long declaredLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The body is not read: the connection closes after the answer, as the framework's check does, so that a client
     * sending gigabytes does not keep a worker reading them.
     */
    private void tooLarge(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        rc.response().endHandler(ended -> rc.request().connection().close());
        ProblemAnswer.send(rc, 413, "Payload Too Large", bodyLimit.refusal(), "body");
    }

    /** Why the raw path cannot name a resource unambiguously, or null. */
    static String pathFault(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || rawPath.indexOf('\\') >= 0) {
            return "must not contain an encoded slash or a backslash";
        }
        if (rawPath.indexOf(';') >= 0 || lower.contains("%3b")) {
            return "must not contain ';'";
        }
        String decoded = decode(rawPath, false);
        if (decoded == null) {
            return "has malformed percent-encoding or invalid UTF-8";
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "must not contain '.' or '..' segments";
            }
        }
        return TextRules.fault(decoded);
    }

    /** Why the raw query cannot be read, or null. */
    static String queryFault(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return null;
        }
        String decoded = decode(rawQuery, true);
        if (decoded == null) {
            return "has malformed percent-encoding or invalid UTF-8";
        }
        return TextRules.fault(decoded);
    }

    /** Strict percent-decoding: null for a bad escape or bytes that are not UTF-8 (never a silent replacement). */
    static String decode(String raw, boolean plusIsSpace) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
