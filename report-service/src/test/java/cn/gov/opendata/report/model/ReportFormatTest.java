package cn.gov.opendata.report.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {

    @Test
    void eachYearHasTheFormatInForceThen() {
        assertEquals(ReportFormat.LEGACY_2008, ReportFormat.of(2000));
        assertEquals(ReportFormat.LEGACY_2008, ReportFormat.of(2018));
        assertEquals(ReportFormat.NATIONAL_2019, ReportFormat.of(2019));
        assertEquals(ReportFormat.NATIONAL_2019, ReportFormat.of(2020));
        assertEquals(ReportFormat.NATIONAL_2021, ReportFormat.of(2021));
        assertEquals(ReportFormat.NATIONAL_2021, ReportFormat.of(2100));
    }

    @Test
    void everyYearHasExactlyOneFormat() {
        for (int year = 2000; year <= 2100; year++) {
            int y = year;
            assertEquals(1, java.util.Arrays.stream(ReportFormat.values()).filter(f -> f.inForce(y)).count(), "year " + y);
        }
        assertFalse(ReportFormat.NATIONAL_2019.inForce(2018));
        assertFalse(ReportFormat.NATIONAL_2019.inForce(2021));
        assertTrue(ReportFormat.LEGACY_2008.inForce(2018));
    }

    @Test
    void withoutAFormatAReportUsesTheOneOfItsYear() {
        assertEquals(ReportFormat.LEGACY_2008, ReportRequest.parse("a-b", 2018, null, null, null, null).format());
        assertEquals(ReportFormat.NATIONAL_2019, ReportRequest.parse("a-b", 2020, "", null, null, null).format());
        assertEquals(ReportFormat.NATIONAL_2021, ReportRequest.parse("a-b", 2021, null, null, null, null).format());
        assertEquals(ReportFormat.NATIONAL_2021, ReportRequest.parse("a-b", 2019, "NATIONAL_2021", null, null, null).format());
        assertEquals("2019–2020", ReportFormat.NATIONAL_2019.years());
    }
}
