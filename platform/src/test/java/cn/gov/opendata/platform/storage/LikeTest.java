package cn.gov.opendata.platform.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertEquals("%\\%%", Like.containing("%"));
        assertEquals("%a\\_b%", Like.containing("A_b"));
        assertEquals("%c:\\\\x%", Like.containing("C:\\x"));
        assertEquals("%周口%", Like.containing("周口"));
    }
}
