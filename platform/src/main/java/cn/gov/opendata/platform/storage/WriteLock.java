package cn.gov.opendata.platform.storage;

import jakarta.persistence.EntityManager;

/**
 * Serializes writes that must see each other's result: a PostgreSQL advisory lock held until the transaction ends.
 * For a rule no row constraint can express (an agency tree without cycles), and for a write that replaces several
 * rows of one key (an agency-year's figures) which two identical requests at once would otherwise both insert, the
 * second failing on the key. Readers are never blocked.
 */
public final class WriteLock {

    private WriteLock() {
    }

    /** Waits for, then holds until commit or rollback, the lock named {@code name}. */
    public static void hold(EntityManager em, String name) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(:name)) as text)").setParameter("name", name).getSingleResult();
    }
}
