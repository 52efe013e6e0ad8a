package cn.gov.opendata.report.document;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureTextTest {

    @Test
    void integersDecimalsGroupedAndPercentagesAreNumbers() {
        assertEquals(new FigureText(new BigDecimal("57"), "0"), FigureText.parse("57").orElseThrow());
        assertEquals(new FigureText(new BigDecimal("-3"), "0"), FigureText.parse("-3").orElseThrow());
        assertEquals(new FigureText(new BigDecimal("35.60"), "0.00"), FigureText.parse("35.60").orElseThrow());
        assertEquals(new FigureText(new BigDecimal("83836"), "#,##0"), FigureText.parse("83,836").orElseThrow());
        assertEquals(new FigureText(new BigDecimal("1234567.5"), "#,##0.0"), FigureText.parse("1,234,567.5").orElseThrow());
        assertEquals(new FigureText(new BigDecimal("0.5736"), "0.00%"), FigureText.parse("57.36%").orElseThrow());
    }

    @Test
    void slashBlankAndWordsStayText() {
        assertTrue(FigureText.parse("/").isEmpty());
        assertTrue(FigureText.parse("").isEmpty());
        assertTrue(FigureText.parse(null).isEmpty());
        assertTrue(FigureText.parse("无").isEmpty());
        assertTrue(FigureText.parse("1,52").isEmpty());
        assertTrue(FigureText.parse("1.").isEmpty());
    }
}
