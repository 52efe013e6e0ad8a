package cn.gov.opendata.application.letter.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The next number of an agency's letters in a year. Runs in the issuing transaction: the counter row stays locked
 * until it commits, so concurrent issuers wait for each other, and a letter that fails rolls its number back — the
 * sequence is gap-free and unique (V8__letters_and_outbox.sql).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LetterNumbering {

    @Inject
    EntityManager em;

    public int next(String agency, int year) {
        Object n = em.createNativeQuery("""
                        INSERT INTO letter_counter (agency, year, last_number) VALUES (?1, ?2, 1)
                        ON CONFLICT (agency, year) DO UPDATE SET last_number = letter_counter.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, agency).setParameter(2, year).getSingleResult();
        return ((Number) n).intValue();
    }
}
