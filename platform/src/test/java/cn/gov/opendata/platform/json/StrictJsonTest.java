package cn.gov.opendata.platform.json;

import cn.gov.opendata.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    enum Outcome { DISCLOSED, REFUSED }

    record Inner(String name) {
    }

    record Body(String title, Integer count, int pages, Outcome outcome, BigDecimal amount, Boolean flag,
                List<String> tags, Map<String, Integer> counts, Inner inner) {
    }

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper());

    private Violation refused(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Body.class), json);
        Violation violation = JsonErrors.violation(e);
        assertFalse(violation.message().contains("cn.gov") || violation.message().contains("java."), violation.message());
        return violation;
    }

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        Body body = mapper.readValue("{\"title\":\"公开\",\"count\":3,\"outcome\":\"DISCLOSED\",\"amount\":\"12.50\",\"tags\":[\"a\"]}", Body.class);
        assertEquals("公开", body.title());
        assertEquals(new BigDecimal("12.50"), body.amount());
        assertEquals("😀", mapper.readValue("{\"title\":\"\\ud83d\\ude00\"}", Body.class).title(), "a surrogate pair is fine");
    }

    @Test
    void aRepeatedKeyIsRefusedNamingIt() {
        Violation violation = refused("{\"title\":\"a\",\"title\":\"b\"}");
        assertTrue(violation.message().contains("title"), violation.message());
    }

    @Test
    void trailingGarbageIsRefused() {
        assertEquals("body", refused("{} xyz").field());
        assertEquals("body", refused("{} {}").field());
    }

    @Test
    void aNumberIsNotAnEnumCodeNorAText() {
        assertEquals("outcome", refused("{\"outcome\":1}").field());
        assertEquals("title", refused("{\"title\":1}").field());
        assertEquals("title", refused("{\"title\":true}").field());
    }

    @Test
    void aTextOrAFractionIsNotACount() {
        assertEquals("count", refused("{\"count\":\"3\"}").field());
        assertEquals("count", refused("{\"count\":1.5}").field());
        assertEquals("flag", refused("{\"flag\":\"true\"}").field());
    }

    @Test
    void nulAControlCharacterAndALoneSurrogateAreRefusedNamingTheField() {
        assertEquals("title", refused("{\"title\":\"a\\u0000b\"}").field());
        assertEquals("title", refused("{\"title\":\"a\\u0007b\"}").field());
        assertEquals("title", refused("{\"title\":\"a\\ud800b\"}").field());
        assertEquals("inner.name", refused("{\"inner\":{\"name\":\"\\udc00\"}}").field());
        assertEquals("tags[0]", refused("{\"tags\":[\"\\u0000\"]}").field());
        assertTrue(refused("{\"title\":\"a\\u0000b\"}").message().contains("NUL"));
    }

    @Test
    void aNullInsideAListOrAMapIsRefused() {
        assertTrue(refused("{\"tags\":[null]}").field().startsWith("tags"));
        assertTrue(refused("{\"counts\":{\"a\":null}}").field().startsWith("counts"));
    }

    @Test
    void aNumberOutOfRangeIsRefused() {
        refused("{\"count\":1e400}");
        refused("{\"count\":2147483648}");
    }

    record Dated(java.time.LocalDate on, java.time.OffsetDateTime at) {
    }

    private Violation refusedDated(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Dated.class), json);
        return JsonErrors.violation(e);
    }

    @Test
    void aDateIsAnIsoTextNeverANumberOrAnArray() throws Exception {
        Dated dated = mapper.readValue("{\"on\":\"2024-02-29\",\"at\":\"2024-02-29T09:30:00+08:00\"}", Dated.class);
        assertEquals(java.time.LocalDate.of(2024, 2, 29), dated.on());
        assertEquals(java.time.Instant.parse("2024-02-29T01:30:00Z"), dated.at().toInstant());
        assertEquals(null, mapper.readValue("{\"on\":null}", Dated.class).on(), "null stays an absent date");
        // a text that is no day: a date-time (its UTC day is not the day in China), spaces, a day the calendar lacks
        for (String on : new String[]{"2025-02-28T20:00:00Z", "2025-03-01T09:00:00", "2025-03-01 ", " 2025-03-01", "2019-02-30",
                "2025-3-1", "20250301"}) {
            Violation violation = refusedDated("{\"on\":\"" + on + "\"}");
            assertEquals("on", violation.field(), on);
            assertEquals("must be a date (YYYY-MM-DD)", violation.message(), on);
        }
        for (String on : new String[]{"12345", "[]", "[2024,2,29]", "1.5", "true", "{}"}) {
            Violation violation = refusedDated("{\"on\":" + on + "}");
            assertEquals("on", violation.field(), on);
            assertEquals("expected a date (YYYY-MM-DD)", violation.message(), on);
        }
        for (String at : new String[]{"1700000000", "[]", "1.7e9"}) {
            Violation violation = refusedDated("{\"at\":" + at + "}");
            assertEquals("at", violation.field(), at);
            assertEquals("expected a date-time (ISO 8601 with offset)", violation.message(), at);
        }
    }

    record Flagged(Boolean flag) {
    }

    @Test
    void aFlagIsTrueOrFalseNeverANumber() throws Exception {
        assertEquals(Boolean.TRUE, mapper.readValue("{\"flag\":true}", Flagged.class).flag());
        for (String flag : new String[]{"1", "0", "-1", "2", "9223372036854775808", "\"true\""}) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"flag\":" + flag + "}", Flagged.class), flag);
            assertEquals("flag", JsonErrors.violation(e).field(), flag);
        }
    }

    @Test
    void aTextOfMoreThanAMillionCharactersIsRefusedBeforeItIsHeldWhole() {
        String longest = "x".repeat(StrictJson.MAX_TEXT_LENGTH);
        assertEquals(StrictJson.MAX_TEXT_LENGTH, assertDoesNotThrowRead("{\"title\":\"" + longest + "\"}").title().length());
        Violation violation = refused("{\"title\":\"" + longest + "x\"}");
        assertEquals("title", violation.field());
        assertEquals("is longer than " + StrictJson.MAX_TEXT_LENGTH + " characters", violation.message());
    }

    private Body assertDoesNotThrowRead(String json) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> mapper.readValue(json, Body.class));
    }
}
