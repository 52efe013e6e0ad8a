package cn.gov.opendata.appeals.common.service;

import java.util.Collection;
import java.util.List;

/**
 * How one kind of record is found, created and compared by its natural key (agency + number),
 * so that PUT and bulk import share one upsert.
 *
 * @param <B> the wire body
 * @param <E> the entity
 */
public interface RecordStore<B, E> {

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

    /** The tables a bulk import of these records writes. */
    List<String> tables();
}
