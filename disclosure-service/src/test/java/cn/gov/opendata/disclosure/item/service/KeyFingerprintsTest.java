package cn.gov.opendata.disclosure.item.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyFingerprintsTest {

    @Test
    void everyNewKeyIsFreshAndEveryRepeatIsNoticed() {
        KeyFingerprints keys = new KeyFingerprints();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            assertTrue(keys.add("zk-" + (i % 500), "2025-" + i), "key " + i + " is new");
        }
        for (int i = 0; i < n; i += 997) {
            assertFalse(keys.add("zk-" + (i % 500), "2025-" + i), "key " + i + " was given before");
        }
        assertTrue(keys.add("zk-1", "2025-" + n));
    }

    @Test
    void theSeparatorKeepsAgencyAndNumberApart() {
        KeyFingerprints keys = new KeyFingerprints();
        assertTrue(keys.add("ab", "c"));
        assertTrue(keys.add("a", "bc"));
    }
}
