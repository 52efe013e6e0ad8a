package cn.gov.opendata.platform.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyLimitTest {

    @Test
    void theRefusalStatesTheLimitInTheUnitAPersonReads() {
        assertTrue(new BodyLimit("10M", "11M").refusal().contains("(10 MB at most)"));
        assertTrue(new BodyLimit("64M", "65M").refusal().contains("(64 MB at most)"));
        assertTrue(new BodyLimit("4G", "4097M").refusal().contains("(4 GB at most)"));
        assertTrue(new BodyLimit("512K", "2M").refusal().contains("(512 KB at most)"));
    }

    @Test
    void theFrameworksLimitMustLieAMegabyteAbove() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new BodyLimit("64M", "64M"));
        assertTrue(refused.getMessage().contains("opendata.http.max-body-size"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> new BodyLimit("10M", "10240K"));
        assertEquals(10L * 1024 * 1024, new BodyLimit("10M", "11M").maxBytes());
    }

    @Test
    void aCountedBodyPassesUpToTheLimitAndIsRefusedOneByteAfter() throws IOException {
        BodyLimit limit = new BodyLimit("1K", "2M");
        try (InputStream exact = new CountedBodies.Counted(new ByteArrayInputStream(new byte[1024]), limit)) {
            assertEquals(1024, exact.readAllBytes().length);
        }
        InputStream over = new CountedBodies.Counted(new ByteArrayInputStream(new byte[1025]), limit);
        BodyTooLarge refused = assertThrows(BodyTooLarge.class, over::readAllBytes);
        assertTrue(refused.getMessage().contains("(1 KB at most)"), refused.getMessage());

        InputStream byteByByte = new CountedBodies.Counted(new ByteArrayInputStream(new byte[1025]), limit);
        assertThrows(BodyTooLarge.class, () -> {
            while (byteByByte.read() >= 0) {
                // reading on
            }
        });
    }
}
