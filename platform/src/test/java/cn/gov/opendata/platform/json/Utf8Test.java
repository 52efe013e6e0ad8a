package cn.gov.opendata.platform.json;

import cn.gov.opendata.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8Test {

    private static String readAll(byte[] bytes) throws IOException {
        try (BufferedReader in = new BufferedReader(Utf8.reader(new ByteArrayInputStream(bytes)))) {
            StringBuilder text = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                text.append(line).append('\n');
            }
            return text.toString();
        }
    }

    @Test
    void utf8TextIsReadAsIs() throws IOException {
        assertEquals("{\"subject\":\"政府信息 😀\"}\n", readAll("{\"subject\":\"政府信息 😀\"}\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatAreNotUtf8AreA400OnTheBodyNotReplacementCharacters() {
        for (byte[] bad : new byte[][]{{'o', 'k', (byte) 0xff, (byte) 0xfe}, {'a', (byte) 0xc3}, {(byte) 0xe6, (byte) 0x94, 'x'},
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80}}) {
            ApiException e = assertThrows(ApiException.class, () -> readAll(bad));
            assertEquals(400, e.status().getStatusCode());
            assertEquals("body", e.problem().violations().get(0).field());
            assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        }
    }
}
