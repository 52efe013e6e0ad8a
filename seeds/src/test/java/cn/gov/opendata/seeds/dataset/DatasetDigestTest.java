package cn.gov.opendata.seeds.dataset;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DatasetDigestTest {

    @Test
    void aDeckDoesNotDependOnTheOrderItsCountsAreIteratedIn() {
        Map<String, Integer> oneOrder = new LinkedHashMap<>();
        oneOrder.put("ONLINE", 148);
        oneOrder.put("LETTER", 67);
        oneOrder.put("IN_PERSON", 42);
        oneOrder.put("FAX", 1);
        Map<String, Integer> otherOrder = new LinkedHashMap<>();
        otherOrder.put("FAX", 1);
        otherOrder.put("IN_PERSON", 42);
        otherOrder.put("LETTER", 67);
        otherOrder.put("ONLINE", 148);
        List<String> deck = new Fabric(new Random(7)).deck(oneOrder);
        assertEquals(deck, new Fabric(new Random(7)).deck(otherOrder));
        assertEquals(Map.of("ONLINE", 148L, "LETTER", 67L, "IN_PERSON", 42L, "FAX", 1L),
                deck.stream().collect(Collectors.groupingBy(key -> key, Collectors.counting())));
    }

    @Test
    void theSameDatasetGivesTheSameDigestAndOneChangedRecordAnother() {
        String once = new DatasetDigest().add("zhoukou", ZhoukouDataset.build()).total();
        assertEquals(once, new DatasetDigest().add("zhoukou", ZhoukouDataset.build()).total());

        Dataset changed = ZhoukouDataset.build();
        Records.Complaint first = changed.complaints().get(0);
        changed.complaints().set(0, new Records.Complaint(first.agency(), first.referenceNumber(), first.receivedOn(),
                first.subject() + "。", first.result()));
        assertNotEquals(once, new DatasetDigest().add("zhoukou", changed).total());
    }

    @Test
    void everyTrackingNumberBelongsToOneRequest() {
        List<Records.Request> requests = ZhoukouDataset.build().requests();
        assertEquals(requests.size(), requests.stream().map(Records.Request::trackingNumber).distinct().count());
    }
}
