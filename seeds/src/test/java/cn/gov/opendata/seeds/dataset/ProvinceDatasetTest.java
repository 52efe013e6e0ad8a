package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's province (issue 10): the sizes it promises, a valid tree, and the same records every time. */
class ProvinceDatasetTest {

    @Test
    void tenThousandAgenciesInEighteenCitiesParentsFirst() {
        List<Agency> agencies = ProvinceDataset.directory();
        assertEquals(ProvinceDataset.AGENCIES, agencies.size());
        Set<String> seen = new HashSet<>();
        for (Agency agency : agencies) {
            assertTrue(agency.parent() == null || seen.contains(agency.parent()), agency + " before its parent");
            assertTrue(seen.add(agency.code()), "duplicate " + agency.code());
            assertTrue(agency.code().matches("^[a-z0-9][a-z0-9-]{1,63}$"), agency.code());
        }
        assertEquals(ProvinceDataset.CITIES, agencies.stream()
                .filter(a -> ProvinceDataset.ROOT.equals(a.parent()) && a.kind().equals("GOVERNMENT")).count());
        assertEquals(1, agencies.stream().filter(a -> a.parent() == null).count());
    }

    @Test
    void aProvinceYearOfRequestsAndCasesTheSameEveryTime() {
        Dataset first = new ProvinceDataset(2025).records();
        Dataset again = new ProvinceDataset(2025).records();
        assertEquals(ProvinceDataset.REQUESTS, first.requests().size());
        assertEquals(ProvinceDataset.RECONSIDERATIONS + ProvinceDataset.LAWSUITS + ProvinceDataset.COMPLAINTS,
                first.reconsiderations().size() + first.lawsuits().size() + first.complaints().size());
        assertEquals(first.requests(), again.requests());
        assertEquals(first.lawsuits(), again.lawsuits());
        long openAtYearEnd = first.requests().stream().filter(r -> r.outcome() == null).count();
        assertEquals(ProvinceDataset.OPEN_AT_YEAR_END, openAtYearEnd);
        long carriedOver = first.requests().stream().filter(r -> r.receivedOn().startsWith("2024-")).count();
        assertEquals(ProvinceDataset.CARRIED_OVER, carriedOver);
        assertEquals(first.requests().size(), first.requests().stream().map(r -> r.agency() + "/" + r.trackingNumber()).distinct().count());
    }

    @Test
    void itemsAreWrittenAsImportLinesOfTheYear(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("items.ndjson");
        new ProvinceDataset(2025).writeItems(file, 2_000);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2_000, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            JsonNode item = json.readTree(line);
            assertTrue(item.get("publishedAt").asText().startsWith("2025-"), line);
            assertTrue(keys.add(item.get("agency").asText() + "/" + item.get("indexNumber").asText()), "duplicate " + line);
            assertTrue(item.get("channels").size() > 0, line);
        }
        Path again = dir.resolve("again.ndjson");
        new ProvinceDataset(2025).writeItems(again, 2_000);
        assertEquals(lines, Files.readAllLines(again));
    }
}
