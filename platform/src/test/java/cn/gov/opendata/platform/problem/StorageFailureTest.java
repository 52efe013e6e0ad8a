package cn.gov.opendata.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StorageFailureTest {

    private static int statusOf(Throwable e) {
        return LastResortMapper.StorageFailure.of(new RuntimeException("commit failed", e)).status();
    }

    @Test
    void aDuplicateKeyFromAConcurrentWriteIsAConflict() {
        assertEquals(409, statusOf(new SQLException("duplicate key value violates unique constraint", "23505")));
    }

    @Test
    void aValueTheDatabaseCannotHoldIsTheClientsError() {
        assertEquals(400, statusOf(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(400, statusOf(new SQLException("numeric field overflow", "22003")));
        assertEquals(400, statusOf(new SQLException("date/time field value out of range", "22008")));
    }

    @Test
    void noFreeConnectionIsAServiceUnavailable() {
        assertEquals(503, statusOf(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(503, statusOf(new SQLException("sorry, too many clients already", "53300")));
        assertEquals(503, statusOf(new SQLException("canceling statement due to statement timeout", "57014")));
    }

    @Test
    void anythingElseIsNotAStorageFailure() {
        assertNull(LastResortMapper.StorageFailure.of(new IllegalStateException("a bug")));
        assertNull(LastResortMapper.StorageFailure.of(new SQLException("syntax error", "42601")));
    }
}
