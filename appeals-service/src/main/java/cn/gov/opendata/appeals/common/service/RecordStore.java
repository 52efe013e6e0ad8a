package cn.gov.opendata.appeals.common.service;

import cn.gov.opendata.platform.problem.Violation;
import cn.gov.opendata.platform.storage.StagedUpsert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one kind of case is named, found, created, compared and checked by its natural key (agency + number), so that
 * every case kind shares one service ({@link CaseService}) and one upsert ({@link BatchUpsert}).
 *
 * @param <B> the wire body
 * @param <E> the entity
 */
public interface RecordStore<B, E> {

    /** The record type as the audit log names it: "reconsideration", "lawsuit", "complaint". */
    String recordType();

    /** How a message names one record: "Reconsideration 周复决字〔2018〕12号 of zk-gov". */
    String describe(String agency, String number);

    /** The JSON field of the number: caseNumber or referenceNumber. */
    String numberField();

    Optional<E> findByKey(String agency, String number);

    B toBody(E entity);

    /** The body with the key of the URL path. */
    B withKey(B body, String agency, String number);

    /** The version the client sent, if any. */
    Long versionOf(B body);

    long versionOfEntity(E entity);

    /** The kind's own rules on a body, beyond bean validation (dates, results, references). */
    List<Violation> rules(B body);

    /**
     * The same rules for the lines of an import, given all of them first: a kind whose rules look up other records
     * (the cases a line names, or that name it) fetches them for the whole batch at once, not once per line.
     */
    default Function<B, List<Violation>> rulesFor(List<B> batch) {
        return this::rules;
    }

    String agencyOf(B body);

    String numberOf(B body);

    String agencyOfEntity(E entity);

    String numberOfEntity(E entity);

    /**
     * The existing records whose agency is one of the agencies and whose number is one of the numbers
     * (a superset of the exact keys, found with one query on the natural-key index).
     */
    List<E> findAll(Collection<String> agencies, Collection<String> numbers);

    /** Creates and persists a record for the body (key included). */
    E create(B body);

    /** Whether the record already holds exactly what the body says. */
    boolean sameAs(E entity, B body);

    /** Overwrites every non-key field of the record with the body's. */
    void apply(E entity, B body);

    /** Why the record may not be deleted (other records name it), if so: a 409. */
    default Optional<String> refusalToDelete(E entity) {
        return Optional.empty();
    }

    /**
     * How an import writes these records set-based ({@link StagedUpsert}), when a record is one row; empty when it
     * has rows of its own (a lawsuit's appeals) and an import goes entity by entity ({@link BatchUpsert}).
     */
    default Optional<StagedUpsert.Table<B>> staged() {
        return Optional.empty();
    }

    /** The tables a bulk import of these records writes. */
    List<String> tables();
}
