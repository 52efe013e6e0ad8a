package cn.gov.opendata.platform.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Commits the audit entries of reads in groups: many concurrent reads of personal data share one transaction (one
 * commit, one WAL flush) instead of opening one each, which was the largest cost of a clerk's read (issue 24).
 * Nothing is lost: each caller waits until the group holding its entry has committed, so the personal data is never
 * answered without its entry on disk, and a failed commit fails the reads of that group.
 */
@ApplicationScoped
public class AuditGroupCommit {

    /** The most entries one transaction takes; more wait for the next. */
    static final int MAX_GROUP = 500;

    /** How long a read waits for its entry's commit before it fails. */
    static final long TIMEOUT_SECONDS = 30;

    private record Pending(AuditEntry entry, CompletableFuture<Void> committed) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final EntityManager em;
    private volatile Thread writer;

    public AuditGroupCommit(EntityManager em) {
        this.em = em;
    }

    /** Appends the entry with the next group and returns once that group is committed. */
    public void append(AuditEntry entry) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        queue.add(new Pending(entry, committed));
        startWriter();
        try {
            committed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit entry was written", e);
        } catch (Exception e) {
            throw new IllegalStateException("the audit entry of this read was not written", e);
        }
    }

    private void startWriter() {
        if (writer == null) {
            synchronized (this) {
                if (writer == null) {
                    Thread thread = new Thread(this::writeGroups, "audit-group-commit");
                    thread.setDaemon(true);
                    thread.start();
                    writer = thread;
                }
            }
        }
    }

    private void writeGroups() {
        List<Pending> group = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            try {
                QuarkusTransaction.requiringNew().run(() -> group.forEach(p -> em.persist(p.entry())));
                group.forEach(p -> p.committed().complete(null));
            } catch (RuntimeException e) {
                group.forEach(p -> p.committed().completeExceptionally(e));
            }
            group.clear();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        Thread thread = writer;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
