package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.platform.json.NdjsonReader;

import cn.gov.opendata.appeals.common.rest.ImportSummary;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Upserts already-validated import lines in the caller's transaction. Existing records are loaded a
 * chunk at a time (one query per chunk, not one per line), inserts go out in JDBC batches, and the persistence
 * context is flushed and cleared after each chunk so a province-size batch stays small in memory.
 */
public final class BatchUpsert {

    static final int CHUNK = 500;

    private BatchUpsert() {
    }

    public static <B, E> ImportSummary run(EntityManager em, List<NdjsonReader.Line<B>> lines, RecordStore<B, E> store) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<B> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK)).stream().map(NdjsonReader.Line::value).toList();
            Set<String> agencies = chunk.stream().map(store::agencyOf).collect(Collectors.toSet());
            Set<String> numbers = chunk.stream().map(store::numberOf).collect(Collectors.toSet());
            Map<List<String>, E> existing = new HashMap<>();
            for (E entity : store.findAll(agencies, numbers)) {
                existing.put(List.of(store.agencyOfEntity(entity), store.numberOfEntity(entity)), entity);
            }
            for (B body : chunk) {
                E entity = existing.get(List.of(store.agencyOf(body), store.numberOf(body)));
                if (entity == null) {
                    store.create(body);
                    created++;
                } else if (store.sameAs(entity, body)) {
                    unchanged++;
                } else {
                    store.apply(entity, body);
                    updated++;
                }
            }
            em.flush();
            em.clear();
        }
        return new ImportSummary(created, updated, unchanged);
    }
}
