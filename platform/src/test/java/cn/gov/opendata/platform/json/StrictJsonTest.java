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
}
