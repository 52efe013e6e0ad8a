package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counts the generated records by DOMAIN.md's rules, independently of the services, and checks that 2018 gives the
 * figures of the Zhoukou 2018 report (DOMAIN.md §6). The end-to-end test checks the same through the services.
 */
class ZhoukouDatasetTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static Dataset dataset;

    @BeforeAll
    static void build() {
        dataset = ZhoukouDataset.build();
    }

    private static int year(String instant) {
        return OffsetDateTime.parse(instant).atZoneSameInstant(CHINA).getYear();
    }

    private static List<Records.Disclosure> items(int year) {
        return dataset.disclosures().stream().filter(d -> year(d.publishedAt()) == year).toList();
    }

    private static long onChannel(List<Records.Disclosure> items, String channel) {
        return items.stream().filter(d -> d.channels().contains(channel)).count();
    }

    @Test
    void generationIsDeterministic() {
        Dataset again = ZhoukouDataset.build();
        assertEquals(dataset, again);
    }

    @Test
    void proactiveDisclosuresOf2018MatchTheReport() {
        List<Records.Disclosure> items = items(2018);
        assertEquals(83_836, items.size());
        assertEquals(305, onChannel(items, "GAZETTE"));
        assertEquals(56_288, onChannel(items, "WEBSITE"));
        assertEquals(2_054, onChannel(items, "WEIBO"));
        assertEquals(2_354, onChannel(items, "WECHAT"));
        assertEquals(28_275, onChannel(items, "OTHER"));
        List<Records.Disclosure> portal = items.stream().filter(d -> d.agency().equals("zk")).toList();
        assertEquals(6_034, onChannel(portal, "WEBSITE"));
        assertEquals(368, portal.stream().filter(d -> d.category().equals("POLICY_INTERPRETATION")).count());
    }

    @Test
    void indexNumbersAreUniquePerAgency() {
        Set<String> keys = new HashSet<>();
        for (Records.Disclosure d : dataset.disclosures()) {
            assertTrue(keys.add(d.agency() + "|" + d.indexNumber()), "duplicate " + d.indexNumber());
        }
    }

    @Test
    void requestsOf2018MatchTheReport() {
        Predicate<Records.Request> received2018 = r -> LocalDate.parse(r.receivedOn()).getYear() == 2018;
        Map<String, Long> byChannel = dataset.requests().stream().filter(received2018)
                .collect(Collectors.groupingBy(Records.Request::channel, Collectors.counting()));
        assertEquals(Map.of("ONLINE", 148L, "LETTER", 67L, "IN_PERSON", 42L, "FAX", 1L), byChannel);

        List<Records.Request> concluded = dataset.requests().stream()
                .filter(r -> r.concludedOn() != null && LocalDate.parse(r.concludedOn()).getYear() == 2018).toList();
        assertEquals(253, concluded.size());
        Map<String, Long> legacy = concluded.stream().collect(Collectors.groupingBy(r -> legacyCategory(r.outcome()), Collectors.counting()));
        assertEquals(75L, legacy.get("已主动公开"));
        assertEquals(114L, legacy.get("同意公开"));
        assertEquals(14L, legacy.get("同意部分公开"));
        assertEquals(6L, legacy.get("不同意公开"));
        assertEquals(9L, legacy.get("信息不存在"));
        assertEquals(15L, legacy.get("不属于本行政机关公开"));
        assertEquals(4L, legacy.get("告知作出更改补充"));
        assertEquals(16L, legacy.get("告知通过其他途径办理"));

        long carriedOver = dataset.requests().stream().filter(r -> LocalDate.parse(r.receivedOn()).getYear() < 2018
                && (r.concludedOn() == null || LocalDate.parse(r.concludedOn()).getYear() >= 2018)).count();
        long carriedForward = dataset.requests().stream().filter(r -> LocalDate.parse(r.receivedOn()).getYear() <= 2018
                && (r.concludedOn() == null || LocalDate.parse(r.concludedOn()).getYear() > 2018)).count();
        assertEquals(258 + carriedOver, 253 + carriedForward);
        assertTrue(dataset.requests().stream().allMatch(r -> r.concludedOn() == null
                || !LocalDate.parse(r.concludedOn()).isBefore(LocalDate.parse(r.receivedOn()))));
    }

    @Test
    void appealsOf2018MatchTheReport() {
        List<Records.Reconsideration> reconsiderations = dataset.reconsiderations().stream()
                .filter(c -> c.caseNumber().contains("2018")).toList();
        assertEquals(98, reconsiderations.size());
        Map<String, Long> results = reconsiderations.stream().collect(Collectors.groupingBy(
                c -> asOfYearEnd(c.result(), c.decidedOn(), 2018), Collectors.counting()));
        assertEquals(53L, results.get("UPHELD"));
        assertEquals(9L, results.get("CORRECTED"));
        assertEquals(36L, results.get("OTHER") + results.get("PENDING"));

        List<Records.Lawsuit> lawsuits = dataset.lawsuits().stream().filter(c -> c.filedOn().startsWith("2018")).toList();
        assertEquals(86, lawsuits.size());
        Map<String, Long> lawsuitResults = lawsuits.stream().collect(Collectors.groupingBy(
                c -> asOfYearEnd(c.result(), c.decidedOn(), 2018), Collectors.counting()));
        assertEquals(74L, lawsuitResults.get("UPHELD"));
        assertEquals(2L, lawsuitResults.get("CORRECTED"));
        assertEquals(10L, lawsuitResults.get("OTHER") + lawsuitResults.get("PENDING"));

        assertEquals(647, dataset.complaints().stream().filter(c -> c.receivedOn().startsWith("2018")).count());
    }

    @Test
    void everyAgencyHasRecordsInEveryYear() {
        for (int year = 2017; year <= 2025; year++) {
            Set<String> withItems = items(year).stream().map(Records.Disclosure::agency).collect(Collectors.toSet());
            for (Agency agency : dataset.agencies()) {
                assertTrue(withItems.contains(agency.code()), agency.code() + " has no items in " + year);
            }
        }
    }

    @Test
    void everyOutcomeCodeAndApplicantTypeOccursIn2025() {
        Set<String> outcomes = dataset.requests().stream()
                .filter(r -> r.concludedOn() != null && r.concludedOn().startsWith("2025"))
                .map(Records.Request::outcome).collect(Collectors.toSet());
        assertEquals(23, outcomes.size(), "outcomes: " + outcomes);
        Set<String> types = dataset.requests().stream().filter(r -> r.receivedOn().startsWith("2025"))
                .map(Records.Request::applicantType).collect(Collectors.toSet());
        assertEquals(6, types.size());
    }

    /**
     * The records made before the other years were added (issue 21), each kind in load order, as their SHA-256 was
     * before: the other years only add records after them, so the seed report's 2018 and the 2024–2025 reports are
     * computed from exactly the same records as before.
     */
    @Test
    void theOtherYearsLeaveTheEarlierRecordsAsTheyWere() {
        Dataset earlier = new Dataset(dataset.agencies(), dataset.disclosures().subList(0, 135_251),
                dataset.tallies().subList(0, 930), dataset.requests().subList(0, 1_045),
                dataset.reconsiderations().subList(0, 138), dataset.lawsuits().subList(0, 119),
                dataset.complaints().subList(0, 859), dataset.narratives(), dataset.supplementary());
        Map<String, String> parts = new DatasetDigest().add("zhoukou", earlier).parts();
        assertEquals("135251 b8983eb0d39bd0f4fe99c0232b6ebbb6f888a97f8ce9ac44bfb9c6d2ce831a84", parts.get("zhoukou/disclosures"));
        assertEquals("930 adca39a56e1e67c6e886f5823b861df2b0275ab0c55bc9511fb4ad0e3aea31f7", parts.get("zhoukou/tallies"));
        assertEquals("1045 abfc6a4ef6707cbf9fd6e257ccbae7dd3e22dfb1598934fcb57e8fcbb33d438d", parts.get("zhoukou/requests"));
        assertEquals("138 1c7676b471b8a34c68cff6c2b9631c4b6e04ba8b5c91ab7d3288561b6dceb900", parts.get("zhoukou/reconsiderations"));
        assertEquals("119 2e2a9cc584b1813f15f38a314f459fcde159e606cdcbfc04562410a09f3ad026", parts.get("zhoukou/lawsuits"));
        assertEquals("859 28afd8a66223ea0aef12860259fb3f119b41d5509716fd8b298aeeef995a6d2a", parts.get("zhoukou/complaints"));
    }

    /** Every year from 2017 to 2025 holds records of every kind, of a plausible size, so the trend is a true one. */
    @Test
    void everyYearFrom2017To2025HasRecordsOfEveryKind() {
        for (int year = 2017; year <= 2025; year++) {
            String prefix = String.valueOf(year);
            long items = items(year).size();
            assertTrue(items >= 20_000 && items <= 90_000, year + ": " + items + " items");
            long received = dataset.requests().stream().filter(r -> r.receivedOn().startsWith(prefix)).count();
            assertTrue(received >= 200 && received <= 400, year + ": " + received + " requests");
            assertTrue(dataset.reconsiderations().stream().anyMatch(c -> c.filedOn().startsWith(prefix)), year + " reconsiderations");
            assertTrue(dataset.lawsuits().stream().anyMatch(c -> c.filedOn().startsWith(prefix)), year + " lawsuits");
            assertTrue(dataset.complaints().stream().anyMatch(c -> c.receivedOn().startsWith(prefix)), year + " complaints");
        }
        for (ZhoukouHistory.Year year : ZhoukouHistory.YEARS) {
            // the generated year's own items, plus the seed report's ten items on either side of 2018's midnights
            int boundary = year.year() == 2017 || year.year() == 2019 ? 10 : 0;
            assertEquals(year.items().items() + boundary, items(year.year()).size(), "items of " + year.year());
        }
        assertEquals(0, items(2016).size() + items(2026).size(), "nothing before 2017 or in 2026: the trend's gaps");
    }

    /** 2018 carries over exactly the seed report's 7 requests from 2017, and 2024 none from 2023. */
    @Test
    void theAddedYearsCarryNothingOverIntoTheYearsKeptAsTheyWere() {
        for (int year : List.of(2017, 2023)) {
            int y = year;
            long carriedForward = dataset.requests().stream().filter(r -> LocalDate.parse(r.receivedOn()).getYear() == y
                    && (r.concludedOn() == null || LocalDate.parse(r.concludedOn()).getYear() > y)).count();
            assertEquals(year == 2017 ? 7 : 0, carriedForward, "open at the end of " + year);
        }
        assertTrue(dataset.disclosures().stream().noneMatch(d -> d.issuedOn() != null && d.issuedOn().startsWith("2017")),
                "no normative document or regulation of 2017: 2018's count of those in force stays the report's");
        assertTrue(dataset.tallies().stream().noneMatch(t -> t.year() == 2018), "2018 has no tallies, as before");
    }

    @Test
    void residentIdsCarryValidCheckDigits() {
        dataset.requests().stream().map(Records.Request::applicant)
                .filter(a -> a.idType().equals("RESIDENT_ID"))
                .forEach(a -> assertEquals(Fabric.checkDigit(a.idNumber().substring(0, 17)), a.idNumber().charAt(17)));
    }

    private static String asOfYearEnd(String result, String decidedOn, int year) {
        return decidedOn == null || LocalDate.parse(decidedOn).getYear() > year ? "PENDING" : result;
    }

    private static String legacyCategory(String outcome) {
        return switch (outcome) {
            case "ALREADY_PUBLIC" -> "已主动公开";
            case "DISCLOSED" -> "同意公开";
            case "PARTIALLY_DISCLOSED" -> "同意部分公开";
            case "NOT_HELD", "NEEDS_NEW_PRODUCTION" -> "信息不存在";
            case "NOT_THIS_AGENCY" -> "不属于本行政机关公开";
            case "UNCLEAR_AFTER_CORRECTION", "ABANDONED_NO_CORRECTION" -> "告知作出更改补充";
            case "SPECIAL_INQUIRY_PROCEDURE", "PETITION_OR_COMPLAINT", "REPEATED_REQUEST", "PUBLISHED_MATERIAL",
                 "RECONFIRMATION", "ABANDONED_NO_FEE", "OTHER" -> "告知通过其他途径办理";
            default -> "不同意公开";
        };
    }
}
