package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.report.model.ReportSettings.Rounding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PercentagesTest {

    private static final Percentages TRUNCATE = new Percentages(ReportSettings.defaults());
    private static final Percentages HALF_UP = new Percentages(new ReportSettings(Rounding.HALF_UP, 2));
    private static final Percentages LARGEST = new Percentages(new ReportSettings(Rounding.LARGEST_REMAINDER, 2));

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "148, 258, 57.36%", "67, 258, 25.96%", "42, 258, 16.27%", "1, 258, 0.38%", "203, 209, 97.12%",
            "75, 253, 29.64%", "114, 253, 45.05%", "14, 253, 5.53%", "6, 253, 2.37%", "9, 253, 3.55%",
            "15, 253, 5.92%", "4, 253, 1.58%", "16, 253, 6.32%", "1666, 1764, 94.44%", "0, 5, 0.00%", "5, 5, 100.00%"})
    void truncatesLikeTheSeedReport(long part, long whole, String expected) {
        assertEquals(expected, TRUNCATE.of(part, whole));
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"42, 258, 16.28%", "148, 258, 57.36%", "1, 258, 0.39%", "2, 3, 66.67%", "1, 8, 12.50%"})
    void roundsHalfUp(long part, long whole, String expected) {
        assertEquals(expected, HALF_UP.of(part, whole));
    }

    @Test
    void zeroDenominatorHasNoPercentage() {
        assertNull(TRUNCATE.of(0, 0));
        assertNull(HALF_UP.of(3, 0));
        assertNull(TRUNCATE.of(BigDecimal.ONE, BigDecimal.ZERO));
        assertEquals(java.util.Arrays.asList(null, null), LARGEST.shares(List.of(0L, 0L), 0));
    }

    @Test
    void largestRemainderSharesAddUpToExactlyOneHundred() {
        List<String> shares = LARGEST.shares(List.of(1L, 1L, 1L), 3);
        assertEquals(List.of("33.34%", "33.33%", "33.33%"), shares);
        List<String> channels = LARGEST.shares(List.of(148L, 67L, 42L, 1L), 258);
        assertEquals(List.of("57.36%", "25.97%", "16.28%", "0.39%"), channels);
        assertEquals(new BigDecimal("100.00"), sum(channels));
        List<String> answered = LARGEST.shares(List.of(75L, 114L, 14L, 6L, 9L, 15L, 4L, 16L), 253);
        assertEquals(new BigDecimal("100.00"), sum(answered));
    }

    @Test
    void truncatedSharesNeedNotAddUp() {
        assertEquals(new BigDecimal("99.97"), sum(TRUNCATE.shares(List.of(148L, 67L, 42L, 1L), 258)));
    }

    @Test
    void decimalsAreASetting() {
        assertEquals("57.3%", new Percentages(new ReportSettings(Rounding.TRUNCATE, 1)).of(148, 258));
        assertEquals("57%", new Percentages(new ReportSettings(Rounding.HALF_UP, 0)).of(148, 258));
        List<String> oneDecimal = new Percentages(new ReportSettings(Rounding.LARGEST_REMAINDER, 1))
                .shares(List.of(148L, 67L, 42L, 1L), 258);
        assertEquals(List.of("57.3%", "26.0%", "16.3%", "0.4%"), oneDecimal);
    }

    private static BigDecimal sum(List<String> shares) {
        return shares.stream().map(s -> new BigDecimal(s.replace("%", ""))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
