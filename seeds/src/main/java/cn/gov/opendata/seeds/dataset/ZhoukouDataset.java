package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;
import cn.gov.opendata.seeds.directory.ZhoukouDirectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The reference dataset: Zhoukou city, with 2018 reproducing every figure of the city's 2018 annual report
 * (DOMAIN.md §6) for the whole subtree, 2024–2025 giving the current national format plausible figures with
 * every identity holding, and every other year from 2017 to 2023 records of plausible size ({@link ZhoukouHistory}),
 * so that a trend over the years is a true one. Deterministic: the same records on every run, so loading twice
 * changes nothing.
 */
public final class ZhoukouDataset {

    private ZhoukouDataset() {
    }

    public static Dataset build() {
        List<Agency> agencies = ZhoukouDirectory.agencies();
        Dataset dataset = Dataset.empty(agencies);
        Agency city = agencies.get(0);
        List<Agency> others = agencies.subList(1, agencies.size());
        List<String> handling = agencies.stream()
                .filter(a -> !a.kind().equals("TOWNSHIP"))
                .map(Agency::code).toList();

        Fabric fabric2018 = new Fabric(new Random(2018));
        DisclosureGenerator items2018 = new DisclosureGenerator(fabric2018);
        dataset.disclosures().addAll(items2018.generate(city, others, 2018,
                new DisclosureGenerator.Targets(83_836, 6_034, 368, 305, 50_254, 2_054, 2_354, 28_275, 0, 120, 4)));
        dataset.disclosures().addAll(items2018.boundaryItems(others, 2018));
        requests2018(dataset, new RequestGenerator(fabric2018, handling), fabric2018);
        appeals2018(dataset, fabric2018, handling);
        texts2018(dataset);

        Fabric fabric2025 = new Fabric(new Random(2025));
        DisclosureGenerator itemsRecent = new DisclosureGenerator(fabric2025);
        dataset.disclosures().addAll(itemsRecent.generate(city, others, 2024,
                new DisclosureGenerator.Targets(24_410, 2_980, 212, 96, 15_870, 3_105, 4_620, 6_120, 2, 86, 3)));
        dataset.disclosures().addAll(itemsRecent.generate(city, others, 2025,
                new DisclosureGenerator.Targets(26_985, 3_214, 245, 104, 17_342, 3_388, 5_107, 6_904, 1, 94, 5)));
        tallies(dataset, fabric2025, agencies, 2024);
        tallies(dataset, fabric2025, agencies, 2025);
        requestsRecent(dataset, new RequestGenerator(fabric2025, handling), fabric2025);
        appealsRecent(dataset, fabric2025, handling);
        textsRecent(dataset);
        // after every record above, from seeds of their own: the records of 2018 and 2024–2025 stay as they were
        new ZhoukouHistory(dataset, handling).addAll();
        return dataset;
    }

    /**
     * 258 received in 2018 (by channel as the report), 7 carried over from December 2017, 12 still open at the end
     * of 2018 — so 253 answered in 2018, with the report's categories.
     */
    private static void requests2018(Dataset dataset, RequestGenerator generator, Fabric fabric) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        outcomes.put("ALREADY_PUBLIC", 75);
        outcomes.put("DISCLOSED", 114);
        outcomes.put("PARTIALLY_DISCLOSED", 14);
        outcomes.put("WITHHELD_STATE_SECRET", 1);
        outcomes.put("WITHHELD_THIRD_PARTY", 2);
        outcomes.put("WITHHELD_PROCESS_INFO", 2);
        outcomes.put("WITHHELD_INTERNAL_AFFAIRS", 1);
        outcomes.put("NOT_HELD", 6);
        outcomes.put("NEEDS_NEW_PRODUCTION", 3);
        outcomes.put("NOT_THIS_AGENCY", 15);
        outcomes.put("UNCLEAR_AFTER_CORRECTION", 2);
        outcomes.put("ABANDONED_NO_CORRECTION", 2);
        outcomes.put("PETITION_OR_COMPLAINT", 5);
        outcomes.put("REPEATED_REQUEST", 3);
        outcomes.put("PUBLISHED_MATERIAL", 2);
        outcomes.put("SPECIAL_INQUIRY_PROCEDURE", 2);
        outcomes.put("RECONFIRMATION", 1);
        outcomes.put("OTHER", 3);
        List<String> answered = fabric.deck(outcomes);
        List<String> channels = fabric.deck(Fabric.counts("ONLINE", 148, "LETTER", 67, "IN_PERSON", 42, "FAX", 1));
        List<String> applicants = fabric.deck(Fabric.counts("NATURAL_PERSON", 231, "COMMERCIAL", 19, "LEGAL_SERVICE", 8,
                "RESEARCH", 3, "SOCIAL_WELFARE", 2, "OTHER", 2));
        int next = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate received = fabric.weekdayBetween(LocalDate.of(2017, 12, 11), LocalDate.of(2017, 12, 27));
            dataset.requests().add(generator.request(fabric.pick(List.of("ONLINE", "LETTER", "IN_PERSON")),
                    applicants.get(i), received, answered.get(next++),
                    Fabric.plusWeekdays(LocalDate.of(2018, 1, 2), fabric.between(0, 10)), null));
        }
        for (int i = 0; i < 258; i++) {
            String applicant = applicants.get((i + 7) % applicants.size());
            if (i < 12) {
                LocalDate received = fabric.weekdayBetween(LocalDate.of(2018, 12, 10), LocalDate.of(2018, 12, 28));
                dataset.requests().add(generator.request(channels.get(i), applicant, received, "DISCLOSED",
                        Fabric.plusWeekdays(LocalDate.of(2019, 1, 2), fabric.between(1, 12)), null));
            } else {
                LocalDate received = fabric.weekdayBetween(LocalDate.of(2018, 1, 2), LocalDate.of(2018, 11, 20));
                dataset.requests().add(generator.request(channels.get(i), applicant, received, answered.get(next++), null, null));
            }
        }
    }

    private static void appeals2018(Dataset dataset, Fabric fabric, List<String> agencies) {
        int n = 0;
        List<Records.Reconsideration> decided = new ArrayList<>();
        for (String result : fabric.deck(Fabric.counts("UPHELD", 53, "CORRECTED", 9, "OTHER", 30, "PENDING", 6))) {
            n++;
            boolean pending = result.equals("PENDING");
            LocalDate filed = pending ? fabric.weekdayBetween(LocalDate.of(2018, 11, 20), LocalDate.of(2018, 12, 28))
                    : fabric.weekdayBetween(LocalDate.of(2018, 1, 2), LocalDate.of(2018, 10, 31));
            LocalDate decidedOn = pending ? LocalDate.of(2019, 2, 20).plusDays(n) : Fabric.plusWeekdays(filed, fabric.between(20, 40));
            Records.Reconsideration reconsideration = new Records.Reconsideration(fabric.pick(agencies),
                    "ZFFY-2018-" + String.format("%03d", n), filed.toString(), null,
                    pending ? "UPHELD" : result, kindOf(pending ? "UPHELD" : result, fabric), decidedOn.toString());
            dataset.reconsiderations().add(reconsideration);
            if (!pending) {
                decided.add(reconsideration);
            }
        }
        lawsuits(dataset, fabric, agencies, 2018, decided,
                Fabric.counts("UPHELD", 55, "CORRECTED", 2, "OTHER", 5, "PENDING", 2),
                Fabric.counts("UPHELD", 19, "OTHER", 2, "PENDING", 1));
        complaints(dataset, fabric, agencies, 2018, 647);
    }

    static void lawsuits(Dataset dataset, Fabric fabric, List<String> agencies, int year,
                                 List<Records.Reconsideration> decided, Map<String, Integer> direct,
                                 Map<String, Integer> afterReconsideration) {
        int n = 0;
        for (String route : List.of("DIRECT", "AFTER_RECONSIDERATION")) {
            Map<String, Integer> results = route.equals("DIRECT") ? direct : afterReconsideration;
            for (String result : fabric.deck(results)) {
                n++;
                boolean pending = result.equals("PENDING");
                LocalDate filed = pending ? fabric.weekdayBetween(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 28))
                        : fabric.weekdayBetween(LocalDate.of(year, 1, 15), LocalDate.of(year, 9, 30));
                Records.Reconsideration origin = route.equals("AFTER_RECONSIDERATION") && !decided.isEmpty()
                        ? ReconsiderationOrigin.filedBefore(decided, n % decided.size(), filed) : null;
                String agency = origin != null ? origin.agency() : fabric.pick(agencies);
                String court = fabric.pick(List.of("周口市川汇区人民法院", "周口市中级人民法院", "郸城县人民法院", "项城市人民法院"));
                String decidedOn = pending ? LocalDate.of(year + 1, 3, 1).plusDays(n).toString()
                        : Fabric.plusWeekdays(filed, fabric.between(30, 60)).toString();
                String effective = pending ? "UPHELD" : result;
                dataset.lawsuits().add(new Records.Lawsuit(agency, "XZSS-" + year + "-" + String.format("%03d", n),
                        filed.toString(), route,
                        origin == null ? null : new Records.CaseRef(origin.agency(), origin.caseNumber()),
                        court, null, effective, kindOf(effective, fabric), decidedOn));
            }
        }
    }

    static void complaints(Dataset dataset, Fabric fabric, List<String> agencies, int year, int count) {
        for (int i = 1; i <= count; i++) {
            LocalDate received = fabric.dayIn(year);
            dataset.complaints().add(new Records.Complaint(fabric.pick(agencies),
                    "JBTS-" + year + "-" + String.format("%04d", i), received.toString(),
                    "反映" + fabric.topic() + "信息未按规定公开", fabric.pick(List.of("已核实并督促公开", "经核查不属实", "已转办并回复"))));
        }
    }

    static String kindOf(String result, Fabric fabric) {
        return switch (result) {
            case "CORRECTED" -> fabric.pick(List.of("REVOKED", "CHANGED", "CONFIRMED_UNLAWFUL", "ORDERED_TO_ACT"));
            case "OTHER" -> fabric.pick(List.of("DISMISSED", "TERMINATED", "WITHDRAWN", "MEDIATED"));
            default -> null;
        };
    }

    private static void texts2018(Dataset dataset) {
        String city = ZhoukouDirectory.CITY;
        dataset.narratives().add(new Records.Narrative(city, 2018, "OVERVIEW",
                "2018年，周口市把政务公开纳入政府绩效考核，健全信息公开制度和政策解读、舆情回应机制，"
                        + "依托政务云推进“互联网+政务服务”平台、政府网站集约化和数据共享交换平台建设。"));
        dataset.narratives().add(new Records.Narrative(city, 2018, "PROBLEMS",
                "部分单位公开意识和能力仍需提高，重点领域公开不够均衡，政策解读和互动交流有待加强。"
                        + "2019年将深化重点领域信息公开，加大政策解读力度，推动公开工作再上新台阶。"));
        dataset.supplementary().add(new Records.Supplementary(city, 2018, List.of(
                new Records.Figure("PROVINCE_SUBMITTED", "向省政府报送信息", "1764", "条"),
                new Records.Figure("PROVINCE_ADOPTED", "省政府采用信息", "1666", "条"),
                new Records.Figure("HOTLINE_CALLS", "市长热线接听群众来电", "53640", "个"),
                new Records.Figure("HOTLINE_VALID_REQUESTS", "市长热线受理有效诉求", "27455", "个"))));
    }

    /** Yearly tallies of licensing, penalties, coercion and fees. */
    private static void tallies(Dataset dataset, Fabric fabric, List<Agency> agencies, int year) {
        for (Agency agency : agencies) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> notApplicable = new ArrayList<>();
            decisionTallies(agency, fabric, values, notApplicable);
            dataset.tallies().add(new Records.Tallies(agency.code(), year, values, notApplicable));
        }
    }

    /**
     * The decisions and fees every year's tallies hold, drawn in this order (the data is a function of the draws);
     * townships have no licensing or fee powers.
     */
    static void decisionTallies(Agency agency, Fabric fabric, Map<String, String> values, List<String> notApplicable) {
        if (agency.kind().equals("TOWNSHIP")) {
            values.put("PENALTY_DECISIONS", String.valueOf(fabric.between(0, 12)));
            notApplicable.addAll(List.of("LICENSING_DECISIONS", "COERCION_DECISIONS", "FEES_COLLECTED_10K_YUAN"));
        } else {
            values.put("LICENSING_DECISIONS", String.valueOf(fabric.between(0, 900)));
            values.put("PENALTY_DECISIONS", String.valueOf(fabric.between(0, 300)));
            values.put("COERCION_DECISIONS", String.valueOf(fabric.between(0, 20)));
            values.put("FEES_COLLECTED_10K_YUAN", fabric.between(0, 50_000) / 100 + "." + String.format("%02d", fabric.between(0, 99)));
        }
    }

    /** 2024 and 2025: every outcome code and applicant type, some fees, carried over and forward across both years. */
    private static void requestsRecent(Dataset dataset, RequestGenerator generator, Fabric fabric) {
        List<String> outcomeCodes = RequestGenerator.OUTCOMES;
        int[] weights = RequestGenerator.OUTCOME_WEIGHTS;
        Map<String, Integer> typeWeights = new LinkedHashMap<>();
        typeWeights.put("NATURAL_PERSON", 300);
        typeWeights.put("COMMERCIAL", 40);
        typeWeights.put("RESEARCH", 6);
        typeWeights.put("SOCIAL_WELFARE", 5);
        typeWeights.put("LEGAL_SERVICE", 30);
        typeWeights.put("OTHER", 9);
        for (int year : List.of(2024, 2025)) {
            List<String> types = fabric.deck(typeWeights);
            List<String> channels = fabric.deck(Fabric.counts("ONLINE", 262, "LETTER", 58, "IN_PERSON", 66, "FAX", 4));
            int received = 390;
            int openAtYearEnd = year == 2024 ? 14 : 21;
            for (int i = 0; i < received; i++) {
                // every outcome code at least once a year, so each row of table 三 has a figure behind it
                int sinceOpen = i - openAtYearEnd;
                String outcome = sinceOpen >= 0 && sinceOpen < outcomeCodes.size() ? outcomeCodes.get(sinceOpen)
                        : outcomeCodes.get(weightedIndex(weights, fabric));
                String fee = i % 97 == 5 ? "100.00" : i % 131 == 7 ? "200.00" : null;
                if (i < openAtYearEnd) {
                    LocalDate day = fabric.weekdayBetween(LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 30));
                    boolean stillOpen = year == 2025;
                    dataset.requests().add(generator.request(channels.get(i), types.get(i % types.size()), day,
                            stillOpen ? null : outcome,
                            stillOpen ? null : Fabric.plusWeekdays(LocalDate.of(year + 1, 1, 5), fabric.between(0, 12)), fee));
                } else {
                    LocalDate day = fabric.weekdayBetween(LocalDate.of(year, 1, 2), LocalDate.of(year, 11, 14));
                    dataset.requests().add(generator.request(channels.get(i), types.get(i % types.size()), day, outcome, null, fee));
                }
            }
        }
    }

    static int weightedIndex(int[] weights, Fabric fabric) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = fabric.random().nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void appealsRecent(Dataset dataset, Fabric fabric, List<String> agencies) {
        int n = 0;
        List<Records.Reconsideration> decided = new ArrayList<>();
        for (String result : fabric.deck(Fabric.counts("UPHELD", 21, "CORRECTED", 6, "OTHER", 9, "PENDING", 4))) {
            n++;
            boolean pending = result.equals("PENDING");
            LocalDate filed = pending ? fabric.weekdayBetween(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 26))
                    : fabric.weekdayBetween(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 10, 31));
            String effective = pending ? null : result;
            Records.Reconsideration reconsideration = new Records.Reconsideration(fabric.pick(agencies),
                    "ZFFY-2025-" + String.format("%03d", n), filed.toString(), null, effective,
                    effective == null ? null : kindOf(effective, fabric),
                    pending ? null : Fabric.plusWeekdays(filed, fabric.between(20, 40)).toString());
            dataset.reconsiderations().add(reconsideration);
            if (!pending) {
                decided.add(reconsideration);
            }
        }
        lawsuits(dataset, fabric, agencies, 2025, decided,
                Fabric.counts("UPHELD", 14, "CORRECTED", 3, "OTHER", 4, "PENDING", 3),
                Fabric.counts("UPHELD", 6, "CORRECTED", 1, "OTHER", 1, "PENDING", 1));
        complaints(dataset, fabric, agencies, 2025, 212);
    }

    private static void textsRecent(Dataset dataset) {
        String city = ZhoukouDirectory.CITY;
        dataset.narratives().add(new Records.Narrative(city, 2025, "OVERVIEW",
                "2025年，周口市以政务公开标准化规范化为主线，完善主动公开目录，规范依申请公开办理流程，"
                        + "加强政策解读和回应关切，政府信息公开工作质量进一步提高。"));
        dataset.narratives().add(new Records.Narrative(city, 2025, "PROBLEMS",
                "基层公开目录更新不够及时，部分单位依申请公开答复说理不够充分。下一步将加强培训和督导，"
                        + "推动县乡两级公开专栏常态化更新。"));
        dataset.narratives().add(new Records.Narrative(city, 2025, "OTHER",
                "本年度无其他需要报告的事项。"));
    }
}
