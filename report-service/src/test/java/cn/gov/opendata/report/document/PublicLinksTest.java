package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** DOCX and XLSX go to the public: they keep only links that answer without a token. */
class PublicLinksTest {

    private static Cell linked(String link) {
        return new Cell("TOTAL", "1", "0", "+1", link);
    }

    @Test
    void onlyThePublicDisclosureListIsKept() {
        String items = "https://gk.example.gov.cn/disclosure/api/v1/disclosures?agency=a&year=2019&category=REGULATION";
        assertEquals(items, TableLayout.publicLink(linked(items)));
        assertNull(TableLayout.publicLink(linked("https://gk.example.gov.cn/application/api/v1/requests?agency=a&receivedYear=2019")));
        assertNull(TableLayout.publicLink(linked("https://gk.example.gov.cn/api/v1/reports/a/2019/contributions?table=TABLE_3")));
        assertNull(TableLayout.publicLink(linked("https://gk.example.gov.cn/disclosure/api/v1/statistics/2019?agency=a")));
        assertNull(TableLayout.publicLink(linked("javascript:alert(1)//api/v1/disclosures")));
        assertNull(TableLayout.publicLink(linked(null)));
    }
}
