package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The years around the seed report, so that the dashboard's trend runs over every year from 2017 to 2025 on records
 * of plausible size (issue 21): 2017 and 2019–2023 whole, and the appeals of 2024 (which held only items and
 * requests). Each year draws from its own seed and only adds records, so the 2018 records — the seed report, to the
 * last digit — and those of 2024–2025 are exactly what {@link ZhoukouDataset} made before.
 * <p>
 * What a year adds must not reach into the years kept as they were: 2017's requests are all answered within 2017
 * (the 2018 report carries over exactly the 7 of December 2017), 2017 issues no regulation or normative document
 * (2018's 现行有效 counts every one in force), 2023's requests are answered within 2023 (2024 carries none over), and no
 * year before 2024 gets a tally of 2018 or 2024.
 */
final class ZhoukouHistory {

    /** One year's figures for the whole city: items as the generator's targets, requests, appeals and complaints. */
    record Year(int year, DisclosureGenerator.Targets items, int requests, int openAtYearEnd,
                Map<String, Integer> reconsiderations, Map<String, Integer> directLawsuits,
                Map<String, Integer> lawsuitsAfterReconsideration, int complaints) {
    }

    /**
     * Figures between the seed report's (2018) and the current ones (2024–2025): items fall as offices moved from
     * the website's every notice to catalogued disclosure and new media, requests rise, appeals and complaints fall.
     */
    static final List<Year> YEARS = List.of(
            new Year(2017, new DisclosureGenerator.Targets(71_420, 5_412, 301, 296, 42_870, 1_506, 1_388, 23_760, 0, 0, 0),
                    214, 0, results(46, 8, 24, 6), results(46, 2, 5, 2), results(15, 0, 1, 1), 590),
            new Year(2019, new DisclosureGenerator.Targets(64_380, 5_126, 332, 281, 39_702, 2_312, 2_905, 20_118, 1, 108, 3),
                    302, 9, results(51, 9, 26, 5), results(51, 2, 5, 2), results(17, 0, 2, 1), 603),
            new Year(2020, new DisclosureGenerator.Targets(52_916, 4_388, 297, 214, 33_105, 2_610, 3_480, 15_931, 2, 97, 6),
                    341, 11, results(43, 7, 21, 5), results(41, 2, 5, 2), results(13, 1, 1, 1), 512),
            new Year(2021, new DisclosureGenerator.Targets(41_275, 3_702, 263, 162, 26_418, 2_844, 3_906, 11_672, 1, 91, 4),
                    368, 13, results(35, 6, 18, 4), results(33, 2, 4, 2), results(10, 1, 1, 1), 420),
            new Year(2022, new DisclosureGenerator.Targets(33_608, 3_251, 238, 127, 21_540, 3_012, 4_215, 9_349, 3, 88, 5),
                    377, 10, results(31, 5, 15, 4), results(27, 2, 4, 2), results(8, 0, 1, 1), 331),
            new Year(2023, new DisclosureGenerator.Targets(28_742, 3_096, 224, 108, 18_317, 3_096, 4_388, 7_863, 2, 90, 4),
                    385, 0, results(26, 5, 12, 4), results(22, 2, 4, 2), results(6, 0, 1, 1), 268));

    /** 2024 had items and requests but no appeals or complaints: its trend point fell to zero for them. */
    static final Year APPEALS_2024 = new Year(2024, null, 0, 0,
            results(23, 6, 10, 4), results(18, 2, 4, 2), results(6, 1, 1, 1), 236);

    /** Outcome codes of the 2008 条例's years (as the seed report's): the 2019 条例 added the others. */
    private static final List<String> OUTCOMES_2008 = List.of("ALREADY_PUBLIC", "DISCLOSED", "PARTIALLY_DISCLOSED",
            "WITHHELD_STATE_SECRET", "WITHHELD_THIRD_PARTY", "WITHHELD_PROCESS_INFO", "WITHHELD_INTERNAL_AFFAIRS",
            "NOT_HELD", "NEEDS_NEW_PRODUCTION", "NOT_THIS_AGENCY", "UNCLEAR_AFTER_CORRECTION", "ABANDONED_NO_CORRECTION",
            "PETITION_OR_COMPLAINT", "REPEATED_REQUEST", "PUBLISHED_MATERIAL", "SPECIAL_INQUIRY_PROCEDURE",
            "RECONFIRMATION", "OTHER");
    private static final int[] OUTCOME_WEIGHTS_2008 = {75, 114, 14, 1, 2, 2, 1, 6, 3, 15, 2, 2, 5, 3, 2, 2, 1, 3};

    private static final List<String> APPLICANT_TYPES = List.of(
            "NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "SOCIAL_WELFARE", "LEGAL_SERVICE", "OTHER");
    private static final int[] APPLICANT_WEIGHTS = {300, 35, 5, 4, 22, 8};

    private final Dataset dataset;
    private final Agency city;
    private final List<Agency> others;
    private final List<String> handling;

    ZhoukouHistory(Dataset dataset, List<String> handling) {
        this.dataset = dataset;
        this.city = dataset.agencies().get(0);
        this.others = dataset.agencies().subList(1, dataset.agencies().size());
        this.handling = handling;
    }

    /** Adds every year of {@link #YEARS} and the appeals of 2024 to the dataset, after the records already in it. */
    void addAll() {
        Map<String, Integer> catalogues = catalogueSizes(new Fabric(new Random(20_190_000)));
        for (Year year : YEARS) {
            Fabric fabric = new Fabric(new Random(10_000L + year.year()));
            dataset.disclosures().addAll(new DisclosureGenerator(fabric).generate(city, others, year.year(), year.items()));
            requests(year, fabric);
            appeals(year, fabric);
            if (year.year() >= 2019) {
                tallies(year.year(), fabric, catalogues);
            }
        }
        appeals(APPEALS_2024, new Fabric(new Random(10_000L + APPEALS_2024.year())));
    }

    /**
     * Requests received in the year; the last {@code openAtYearEnd} arrive in December and are answered in January.
     * Fees only from 2021, when 国办函〔2020〕109号 introduced the 信息处理费.
     */
    private void requests(Year year, Fabric fabric) {
        RequestGenerator generator = new RequestGenerator(fabric, handling, 10_000);
        boolean law2008 = year.year() <= 2019;
        List<String> outcomes = law2008 ? OUTCOMES_2008 : RequestGenerator.OUTCOMES;
        int[] weights = law2008 ? OUTCOME_WEIGHTS_2008 : RequestGenerator.OUTCOME_WEIGHTS;
        // online requests grow from about half to two thirds over the years
        int[] channelWeights = {48 + 3 * (year.year() - 2017), 24, 20, 1};
        List<String> channels = List.of("ONLINE", "LETTER", "IN_PERSON", "FAX");
        for (int i = 0; i < year.requests(); i++) {
            String outcome = outcomes.get(ZhoukouDataset.weightedIndex(weights, fabric));
            String channel = channels.get(ZhoukouDataset.weightedIndex(channelWeights, fabric));
            String type = APPLICANT_TYPES.get(ZhoukouDataset.weightedIndex(APPLICANT_WEIGHTS, fabric));
            String fee = year.year() >= 2021 && i % 97 == 5 ? "100.00" : null;
            if (i < year.openAtYearEnd()) {
                LocalDate day = fabric.weekdayBetween(LocalDate.of(year.year(), 12, 1), LocalDate.of(year.year(), 12, 30));
                dataset.requests().add(generator.request(channel, type, day, outcome,
                        Fabric.plusWeekdays(LocalDate.of(year.year() + 1, 1, 4), fabric.between(0, 12)), fee));
            } else {
                // received by mid-November, so that even an extended answer comes before the year ends
                LocalDate day = fabric.weekdayBetween(LocalDate.of(year.year(), 1, 3), LocalDate.of(year.year(), 11, 14));
                dataset.requests().add(generator.request(channel, type, day, outcome, null, fee));
            }
        }
    }

    /** Reconsiderations, lawsuits and complaints filed in the year; those pending at its end are decided in the next. */
    private void appeals(Year year, Fabric fabric) {
        int n = 0;
        List<Records.Reconsideration> decided = new ArrayList<>();
        for (String result : fabric.deck(year.reconsiderations())) {
            n++;
            boolean pending = result.equals("PENDING");
            LocalDate filed = pending ? fabric.weekdayBetween(LocalDate.of(year.year(), 11, 20), LocalDate.of(year.year(), 12, 28))
                    : fabric.weekdayBetween(LocalDate.of(year.year(), 1, 3), LocalDate.of(year.year(), 10, 31));
            String effective = pending ? "UPHELD" : result;
            LocalDate decidedOn = pending ? LocalDate.of(year.year() + 1, 2, 20).plusDays(n)
                    : Fabric.plusWeekdays(filed, fabric.between(20, 40));
            Records.Reconsideration reconsideration = new Records.Reconsideration(fabric.pick(handling),
                    "ZFFY-" + year.year() + "-" + String.format("%03d", n), filed.toString(), null, effective,
                    ZhoukouDataset.kindOf(effective, fabric), decidedOn.toString());
            dataset.reconsiderations().add(reconsideration);
            if (!pending) {
                decided.add(reconsideration);
            }
        }
        ZhoukouDataset.lawsuits(dataset, fabric, handling, year.year(), decided, year.directLawsuits(),
                year.lawsuitsAfterReconsideration());
        ZhoukouDataset.complaints(dataset, fabric, handling, year.year(), year.complaints());
    }

    /**
     * The yearly tallies; 2019 and 2020, the trial format's years, also the catalogue sizes at year end and the
     * procurement its 表二 asks for. Townships have no licensing or fee powers.
     */
    private void tallies(int year, Fabric fabric, Map<String, Integer> catalogues) {
        boolean trialFormat = year <= 2020;
        for (Agency agency : dataset.agencies()) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> notApplicable = new ArrayList<>();
            ZhoukouDataset.decisionTallies(agency, fabric, values, notApplicable);
            if (trialFormat && !agency.kind().equals("TOWNSHIP")) {
                values.put("OTHER_SERVICE_DECISIONS", String.valueOf(fabric.between(0, 400)));
                for (String kind : List.of("LICENSING_ITEMS", "OTHER_SERVICE_ITEMS", "PENALTY_ITEMS", "COERCION_ITEMS", "FEE_ITEMS")) {
                    // a catalogue changes by a few items a year: 2020's size is 2019's plus that change
                    int size = catalogues.get(agency.code() + "/" + kind) + (year - 2019) * fabric.between(-2, 3);
                    values.put(kind, String.valueOf(Math.max(0, size)));
                }
                values.put("PROCUREMENT_PROJECTS", String.valueOf(fabric.between(0, 40)));
                int yuan = fabric.between(0, 90_000_000);
                values.put("PROCUREMENT_AMOUNT_10K_YUAN", yuan / 10_000 + "." + String.format("%04d", yuan % 10_000));
            }
            dataset.tallies().add(new Records.Tallies(agency.code(), year, values, notApplicable));
        }
    }

    /** Each agency's catalogue sizes at the end of 2019, drawn once so that 2020 continues from them. */
    private Map<String, Integer> catalogueSizes(Fabric fabric) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Agency agency : dataset.agencies()) {
            sizes.put(agency.code() + "/LICENSING_ITEMS", fabric.between(0, 120));
            sizes.put(agency.code() + "/OTHER_SERVICE_ITEMS", fabric.between(0, 60));
            sizes.put(agency.code() + "/PENALTY_ITEMS", fabric.between(10, 900));
            sizes.put(agency.code() + "/COERCION_ITEMS", fabric.between(0, 40));
            sizes.put(agency.code() + "/FEE_ITEMS", fabric.between(0, 25));
        }
        return sizes;
    }

    private static Map<String, Integer> results(int upheld, int corrected, int other, int pending) {
        return Fabric.counts("UPHELD", upheld, "CORRECTED", corrected, "OTHER", other, "PENDING", pending);
    }
}
