package cn.gov.opendata.seeds.dataset;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * appeals-service refuses a lawsuit after reconsideration that names a reconsideration not on record, or was filed on
 * or before it (行政诉讼法第四十五条): no generated record may be refused when the datasets load.
 */
class LawsuitOriginsTest {

    @Test
    void zhoukouSuitsFollowTheReconsiderationsTheyName() {
        assertEverySuitFollowsItsReconsideration(ZhoukouDataset.build());
    }

    @Test
    void provinceSuitsFollowTheReconsiderationsTheyName() {
        assertEverySuitFollowsItsReconsideration(new ProvinceDataset(2025).records());
    }

    private static void assertEverySuitFollowsItsReconsideration(Dataset dataset) {
        Map<String, Records.Reconsideration> byKey = dataset.reconsiderations().stream()
                .collect(Collectors.toMap(r -> r.agency() + "/" + r.caseNumber(), Function.identity()));
        int named = 0;
        for (Records.Lawsuit suit : dataset.lawsuits()) {
            if (suit.reconsideration() == null) {
                continue;
            }
            named++;
            assertEquals("AFTER_RECONSIDERATION", suit.route(), suit.caseNumber());
            Records.Reconsideration origin = byKey.get(suit.reconsideration().agency() + "/" + suit.reconsideration().caseNumber());
            assertNotNull(origin, suit.caseNumber() + " names a reconsideration not in the dataset");
            assertTrue(LocalDate.parse(suit.filedOn()).isAfter(LocalDate.parse(origin.filedOn())),
                    suit.caseNumber() + " filed " + suit.filedOn() + ", its reconsideration " + origin.filedOn());
        }
        assertTrue(named > 0, "some suits name their reconsideration");
    }

    @Test
    void thePickSkipsReconsiderationsFiledOnOrAfterTheSuit() {
        Records.Reconsideration march = new Records.Reconsideration("a", "R-3", "2018-03-01", null, null, null, null);
        Records.Reconsideration may = new Records.Reconsideration("a", "R-5", "2018-05-01", null, null, null, null);
        java.util.List<Records.Reconsideration> decided = java.util.List.of(march, may);
        assertEquals(may, ReconsiderationOrigin.filedBefore(decided, 1, LocalDate.of(2018, 5, 2)));
        assertEquals(march, ReconsiderationOrigin.filedBefore(decided, 1, LocalDate.of(2018, 5, 1)));
        assertEquals(march, ReconsiderationOrigin.filedBefore(decided, 0, LocalDate.of(2018, 3, 2)));
        assertEquals(null, ReconsiderationOrigin.filedBefore(decided, 0, LocalDate.of(2018, 3, 1)));
    }
}
