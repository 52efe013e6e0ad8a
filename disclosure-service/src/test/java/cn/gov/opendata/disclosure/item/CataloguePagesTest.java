package cn.gov.opendata.disclosure.item;

import cn.gov.opendata.disclosure.item.service.CataloguePages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The burst of requests for one page right after a change reads the page once, and shares its failure too. */
@QuarkusTest
class CataloguePagesTest {

    private static final int REQUESTS = 8;

    @Inject
    CataloguePages pages;

    private static CataloguePages.Generation generation() {
        return new CataloguePages.Generation("test-" + UUID.randomUUID(), Instant.parse("2026-12-05T00:00:00Z"));
    }

    /** Runs REQUESTS calls of answer() together; the reading waits until every call has been made. */
    private List<Future<CataloguePages.Answer>> burst(CataloguePages.Generation generation, String query,
                                                       AtomicInteger readings, RuntimeException failure) throws Exception {
        CountDownLatch started = new CountDownLatch(REQUESTS);
        ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<CataloguePages.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(threads.submit(() -> {
                    started.countDown();
                    return pages.answer(generation, query, () -> {
                        readings.incrementAndGet();
                        try {
                            started.await();
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        if (failure != null) {
                            throw failure;
                        }
                        return Map.of("items", List.of("关于防汛工作的通知"));
                    });
                }));
            }
            for (Future<CataloguePages.Answer> answer : answers) {
                try {
                    answer.get();
                } catch (ExecutionException expectedForFailures) {
                    // checked by the caller
                }
            }
            return answers;
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aBurstForOnePageReadsItOnce() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        List<Future<CataloguePages.Answer>> answers = burst(generation(), "page " + UUID.randomUUID(), readings, null);
        assertEquals(1, readings.get(), "one reading for the whole burst");
        byte[] json = answers.get(0).get().json();
        for (Future<CataloguePages.Answer> answer : answers) {
            assertArrayEquals(json, answer.get().json());
        }
    }

    @Test
    void aFailedReadingFailsEveryWaiterAndIsNotKept() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        CataloguePages.Generation generation = generation();
        String query = "page " + UUID.randomUUID();
        IllegalStateException failure = new IllegalStateException("the items cannot be read");
        for (Future<CataloguePages.Answer> answer : burst(generation, query, readings, failure)) {
            ExecutionException thrown = assertThrows(ExecutionException.class, answer::get);
            assertSame(failure, thrown.getCause());
        }
        assertEquals(1, readings.get());
        // the next request reads again
        assertEquals(1, burst(generation, query, readings, null).stream().map(f -> {
            try {
                return new String(f.get().json());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count());
        assertEquals(2, readings.get());
    }
}
