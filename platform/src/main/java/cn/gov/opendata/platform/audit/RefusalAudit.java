package cn.gov.opendata.platform.audit;

import cn.gov.opendata.platform.security.Caller;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Audits refused calls (401, 403) as well as the acts: who tried what, by method and path only (paths carry agency
 * codes and record keys, never applicants' data; query strings and bodies are left out). Written in a transaction of
 * its own, since the refused act's is rolled back, and off the request thread through a bounded queue: a flood of
 * bad tokens drops entries (logged) rather than turning each refused call into a database write it waits for.
 */
@Provider
public class RefusalAudit implements ContainerResponseFilter {

    private static final int QUEUE = 1000;

    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
                Thread thread = new Thread(runnable, "refusal-audit");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> Log.warn("Refused-call audit queue full; an entry was dropped"));

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403) {
            return;
        }
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (status == 401) {
            // the token did not verify: nothing in it can be trusted, not even its subject
            boolean presented = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
            entry.subject = presented ? "invalid token" : "anonymous";
            entry.roles = "";
        } else {
            entry.subject = clip(caller.subject());
            entry.subjectAgency = caller.agency();
            entry.roles = clip(caller.roles());
        }
        entry.action = AuditAction.REFUSED;
        entry.recordType = "call";
        entry.recordKey = clip(request.getMethod() + " /" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        entry.detail = Integer.toString(status);
        writer.execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> em.persist(entry));
            } catch (RuntimeException e) {
                Log.warnf("Could not audit a refused call: %s", e.getMessage());
            }
        });
    }

    private static String clip(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }
}
