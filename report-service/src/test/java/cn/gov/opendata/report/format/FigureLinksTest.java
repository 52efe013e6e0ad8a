package cn.gov.opendata.report.format;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureLinksTest {

    private static final String CONTRIBUTIONS = "http://r/api/v1/reports/zk/2018/contributions";

    private static FigureLinks scopeOf(int agencies) {
        List<String> codes = IntStream.range(0, agencies).mapToObj(i -> "zk-a" + i).toList();
        return new FigureLinks("http://d", "http://a", "http://p", codes, 2018, CONTRIBUTIONS);
    }

    @Test
    void aScopeThatFitsInAUrlListsItsAgenciesInTheSourceLink() {
        FigureLinks links = scopeOf(FigureLinks.MAX_LISTED_AGENCIES);
        String link = links.cell("TABLE_3", "RECEIVED", "TOTAL", () -> links.requests("receivedYear", "2018"));
        assertTrue(link.startsWith("http://a/api/v1/requests?agency=zk-a0&agency=zk-a1&"), link);
        assertEquals(FigureLinks.MAX_LISTED_AGENCIES, link.split("agency=").length - 1);
        assertTrue(link.length() <= FigureLinks.MAX_URL_LENGTH, "within 2,000 characters: " + link.length());
    }

    @Test
    void aLargerScopeLinksToTheContributionsOfTheCell() {
        FigureLinks links = scopeOf(FigureLinks.MAX_LISTED_AGENCIES + 1);
        assertEquals(CONTRIBUTIONS + "?table=TABLE_4&row=CASES&column=DIRECT_CORRECTED",
                links.cell("TABLE_4", "CASES", "DIRECT_CORRECTED", () -> links.lawsuits("DIRECT", "CORRECTED")));
        FigureLinks province = scopeOf(10_000);
        assertEquals(CONTRIBUTIONS + "?table=TABLE_2&row=REGULATION&column=ISSUED",
                province.cell("TABLE_2", "REGULATION", "ISSUED", () -> province.disclosures("category", "REGULATION")));
    }

    @Test
    void fortyAgenciesWithLongCodesLinkToTheContributionsRatherThanPastTwoThousandCharacters() {
        List<String> codes = IntStream.range(0, FigureLinks.MAX_LISTED_AGENCIES)
                .mapToObj(i -> "zk-" + "x".repeat(58) + String.format("%03d", i)).toList();
        FigureLinks links = new FigureLinks("http://d", "http://a", "http://p", codes, 2018, CONTRIBUTIONS);
        assertTrue(links.requests("receivedYear", "2018").length() > FigureLinks.MAX_URL_LENGTH, "the listed link would be too long");
        assertEquals(CONTRIBUTIONS + "?table=TABLE_3&row=RECEIVED&column=TOTAL",
                links.cell("TABLE_3", "RECEIVED", "TOTAL", () -> links.requests("receivedYear", "2018")));
    }

    @Test
    void sourceLinksExistForEveryNationalCellAndNothingElse() {
        FigureLinks one = scopeOf(1);
        assertEquals("http://a/api/v1/requests?agency=zk-a0&receivedYear=2018&applicantType=COMMERCIAL",
                NationalFormat.sourceLink("TABLE_3", "RECEIVED", "COMMERCIAL", one).orElseThrow());
        assertEquals("http://p/api/v1/lawsuits?agency=zk-a0&filedYear=2018&route=DIRECT&result=CORRECTED",
                NationalFormat.sourceLink("TABLE_4", "CASES", "DIRECT_CORRECTED", one).orElseThrow());
        assertTrue(NationalFormat.sourceLink("TABLE_3", "NO_SUCH_ROW", "TOTAL", one).isEmpty());
        assertTrue(NationalFormat.sourceLink("TABLE_3", "RECEIVED", "NO_SUCH_COLUMN", one).isEmpty());
        assertTrue(NationalFormat.sourceLink("TABLE_9", "RECEIVED", "TOTAL", one).isEmpty());
    }
}
