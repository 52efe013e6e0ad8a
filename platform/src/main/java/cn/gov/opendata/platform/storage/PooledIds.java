package cn.gov.opendata.platform.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids of an entity's sequence for a write in plain SQL, taken the way Hibernate takes them for the same entity (Quarkus'
 * default optimizer, pooled-lo): each {@code nextval} V reserves V .. V + increment - 1 for the one who fetched it, so
 * ids taken here and by Hibernate for the same table never collide. {@code increment} must be the entity's
 * {@code allocationSize}, which Hibernate's schema validation holds equal to the sequence's INCREMENT BY.
 */
public final class PooledIds {

    private final String nextval;
    private final int increment;
    private long next;
    private long end;

    public PooledIds(String sequence, int increment) {
        this.nextval = "SELECT nextval('" + sequence + "')";
        this.increment = increment;
    }

    /** The next id; fetches a new block on {@code connection} when this one is used up (one round trip in fifty). */
    public synchronized long next(Connection connection) throws SQLException {
        if (next >= end) {
            try (PreparedStatement statement = connection.prepareStatement(nextval); ResultSet row = statement.executeQuery()) {
                row.next();
                next = row.getLong(1);
                end = next + increment;
            }
        }
        return next++;
    }
}
