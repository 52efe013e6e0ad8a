package cn.gov.opendata.platform.storage;

import jakarta.persistence.EntityManager;

/**
 * Serializes writes that must see each other's result to keep a rule no row constraint can express (a tree without
 * cycles): a PostgreSQL advisory lock held until the transaction ends. Readers are never blocked.
 */
public final class DirectoryLock {

    private DirectoryLock() {
    }

    /** Waits for, then holds until commit or rollback, the lock named {@code name}. */
    public static void hold(EntityManager em, String name) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(:name)) as text)").setParameter("name", name).getSingleResult();
    }
}
