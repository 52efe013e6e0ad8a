package cn.gov.opendata.disclosure.item.service;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportReadingTest {

    static List<String> lines(String text, int max) throws IOException {
        NdjsonLines lines = new NdjsonLines(new StringReader(text), max);
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    @Test
    void linesEndAtNewlinesWithOrWithoutCarriageReturn() throws IOException {
        assertEquals(List.of("a", "b", "", "c"), lines("a\r\nb\n\nc", 100));
        assertEquals(List.of("a"), lines("a\n", 100));
        assertEquals(List.of(), lines("", 100));
    }

    @Test
    void aTooLongLineIsSkippedToItsEndAndFlagged() throws IOException {
        List<String> read = lines("x".repeat(200_000) + "\nok\n", 1000);
        assertEquals(2, read.size());
        assertSame(NdjsonLines.TOO_LONG, read.get(0));
        assertEquals("ok", read.get(1));
    }

    @Test
    void fingerprintsNoticeARepeatedKeyAcrossGrowth() {
        KeyFingerprints keys = new KeyFingerprints();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(keys.add("agency-" + (i % 100), "idx/" + i));
        }
        assertFalse(keys.add("agency-7", "idx/107"));
        assertTrue(keys.add("agency-7", "idx/108"));
    }

    @Test
    void theKeyPartsAreSeparated() {
        assertTrue(KeyFingerprints.fingerprint("ab", "c") != KeyFingerprints.fingerprint("a", "bc"));
    }
}
