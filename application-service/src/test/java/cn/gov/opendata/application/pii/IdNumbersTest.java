package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.request.IdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524198001010013", "410100199001011231", "411602198503121234"})
    void validResidentIdsPass(String id) {
        assertNull(IdNumbers.problem(IdType.RESIDENT_ID, id));
    }

    @Test
    void theCheckCharacterFollowsGb11643() {
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
        assertEquals('3', IdNumbers.checkCharacter("44052419800101001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440524198001010014", "410100199001011232"})
    void aWrongCheckCharacterFails(String id) {
        assertTrue(IdNumbers.problem(IdType.RESIDENT_ID, id).contains("check character"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"41010019900101123", "4101001990010112311", "41010019900101123x", "4101001990O101123X", ""})
    void aMalformedResidentIdFails(String id) {
        assertNotNull(IdNumbers.problem(IdType.RESIDENT_ID, id));
    }

    @Test
    void anImpossibleBirthDateFails() {
        String body = "41010019900231123";
        assertTrue(IdNumbers.problem(IdType.RESIDENT_ID, body + IdNumbers.checkCharacter(body)).contains("birth date"));
    }

    @Test
    void otherDocumentTypesHaveTheirOwnShape() {
        assertNull(IdNumbers.problem(IdType.BUSINESS_LICENSE, "91411600MA12345678"));
        assertNotNull(IdNumbers.problem(IdType.BUSINESS_LICENSE, "91411600MI12345678"));
        assertNull(IdNumbers.problem(IdType.PASSPORT, "E12345678"));
        assertNotNull(IdNumbers.problem(IdType.PASSPORT, "e1"));
        assertNull(IdNumbers.problem(IdType.OTHER, "港澳通行证 C1234567"));
    }

    @Test
    void aNumberNeedsItsType() {
        assertNotNull(IdNumbers.problem(null, "410100199001011231"));
        assertNull(IdNumbers.problem(null, null));
    }
}
