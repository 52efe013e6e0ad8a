package cn.gov.opendata.report.format;

import cn.gov.opendata.platform.testing.Contract;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every outcome code of the contract (the application-service's enum, checked there against the same file) lands in
 * exactly one result row of every report format, so no concluded request is dropped from a table or counted twice.
 */
class OutcomeMappingTest {

    private static List<String> outcomeCodes() {
        List<String> codes = new ArrayList<>();
        Contract.golden("outcome-codes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    @Test
    void everyOutcomeHasExactlyOneRowOfTable3InTheNationalFormat() {
        for (String code : outcomeCodes()) {
            long rows = NationalLayout.resultRows().stream().filter(r -> r.outcomes().contains(code)).count();
            assertEquals(1, rows, code + " in table 三 result rows");
        }
        assertEquals(outcomeCodes().size(), NationalLayout.resultRows().stream().mapToLong(r -> r.outcomes().size()).sum(),
                "no row names a code outside the contract");
    }

    @Test
    void everyOutcomeHasExactlyOneLegacyCategory() {
        for (String code : outcomeCodes()) {
            long categories = LegacyFormat.CATEGORIES.stream().filter(c -> c.outcomes().contains(code)).count();
            assertEquals(1, categories, code + " in the legacy categories");
        }
        assertEquals(outcomeCodes().size(), LegacyFormat.CATEGORIES.stream().mapToLong(c -> c.outcomes().size()).sum());
    }
}
