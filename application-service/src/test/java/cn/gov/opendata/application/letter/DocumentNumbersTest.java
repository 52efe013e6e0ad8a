package cn.gov.opendata.application.letter;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNumbersTest {

    @Test
    void yearAndPaddedNumber() {
        assertEquals("周政依申〔2024〕007号", DocumentNumbers.format("周政依申〔{year}〕{seq:3}号", 2024, 7));
        assertEquals("周政依申〔2024〕1234号", DocumentNumbers.format("周政依申〔{year}〕{seq:3}号", 2024, 1234));
        assertEquals("依申请公开〔2025〕第12号", DocumentNumbers.format(DocumentNumbers.DEFAULT_PATTERN, 2025, 12));
    }

    @Test
    void replacementCharactersInThePatternAreKeptLiterally() {
        assertEquals("$a\\〔2024〕1", DocumentNumbers.format("$a\\〔{year}〕{seq}", 2024, 1));
    }

    @Test
    void aUsablePatternHasTheYearAndOneNumber() {
        assertEquals(Optional.empty(), DocumentNumbers.problem(DocumentNumbers.DEFAULT_PATTERN));
        assertEquals(Optional.empty(), DocumentNumbers.problem("周政〔{year}〕{seq:4}号"));
        assertTrue(DocumentNumbers.problem("周政〔2024〕{seq}号").isPresent());
        assertTrue(DocumentNumbers.problem("周政〔{year}〕号").isPresent());
        assertTrue(DocumentNumbers.problem("周政〔{year}〕{seq}-{seq}号").isPresent());
        assertTrue(DocumentNumbers.problem("周政〔{year}〕{seq}{month}号").isPresent());
        assertTrue(DocumentNumbers.problem(" ").isPresent());
    }
}
