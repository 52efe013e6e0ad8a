package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The synthetic province's {@link ProvinceDataset#AGENCIES} agencies with a few years of records spread over a sample
 * of them, small enough for an end-to-end test to load in seconds (the benchmark's full year is two million items):
 * every tenth agency publishes, every twenty-fifth handles requests, a few hundred cases, tallies of the governments
 * and counties. Every outcome, applicant type, channel, result and route comes up, so that every figure of the
 * reports of each format has records behind it somewhere. Deterministic for the same years.
 */
public final class ProvinceSample {

    public static final int ITEMS = 3_000;
    public static final int REQUESTS = 1_200;
    public static final int CARRIED_OVER = 100;
    public static final int OPEN_AT_YEAR_END = 80;
    public static final int RECONSIDERATIONS = 150;
    public static final int LAWSUITS = 100;
    public static final int COMPLAINTS = 60;

    private static final List<String> CATEGORIES = List.of("NOTICE", "NOTICE", "FINANCE", "KEY_PROJECT", "SUPERVISION",
            "ENVIRONMENT", "FOOD_DRUG_SAFETY", "PLANNING", "PERSONNEL", "OTHER", "POLICY_INTERPRETATION");
    private static final List<String> APPLICANTS = List.of("NATURAL_PERSON", "NATURAL_PERSON", "NATURAL_PERSON",
            "COMMERCIAL", "RESEARCH", "SOCIAL_WELFARE", "LEGAL_SERVICE", "OTHER");
    private static final List<String> REQUEST_CHANNELS = List.of("ONLINE", "ONLINE", "ONLINE", "LETTER", "IN_PERSON", "FAX");
    private static final List<String> CATALOGUES = List.of("LICENSING_ITEMS", "OTHER_SERVICE_ITEMS", "PENALTY_ITEMS",
            "COERCION_ITEMS", "FEE_ITEMS");

    private ProvinceSample() {
    }

    /** The province's directory and the records of each of {@code years}. */
    public static Dataset of(List<Integer> years) {
        List<Agency> agencies = ProvinceDataset.directory();
        Dataset dataset = Dataset.empty(agencies);
        for (int year : years) {
            Fabric fabric = new Fabric(new Random(year * 977L + 13));
            items(dataset, agencies, fabric, year);
            requests(dataset, agencies, fabric, year);
            appeals(dataset, agencies, fabric, year);
            tallies(dataset, agencies, fabric, year);
        }
        return dataset;
    }

    private static List<String> every(List<Agency> agencies, int step, int offset) {
        List<String> codes = new ArrayList<>();
        for (int i = offset; i < agencies.size(); i += step) {
            codes.add(agencies.get(i).code());
        }
        return codes;
    }

    /**
     * Items of every tenth agency; one in fifty a normative act, some issued the year before and published in this
     * one (the trial format's 新公开 differs from 新制作), a tenth of the acts repealed by the end of the year.
     */
    private static void items(Dataset dataset, List<Agency> agencies, Fabric fabric, int year) {
        List<String> publishers = every(agencies, 10, 0);
        Random random = fabric.random();
        for (int i = 0; i < ITEMS; i++) {
            String agency = publishers.get(random.nextInt(publishers.size()));
            LocalDate day = fabric.dayIn(year);
            List<String> channels = fabric.provinceChannels();
            int kind = random.nextInt(50);
            boolean normative = kind < 2;
            String category = kind == 0 ? "REGULATION" : kind == 1 ? "NORMATIVE_DOCUMENT" : CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            LocalDate issued = !normative ? null : random.nextInt(4) == 0 ? LocalDate.of(year - 1, 12, 1 + random.nextInt(28)) : day;
            LocalDate repealed = normative && random.nextInt(10) == 0 ? LocalDate.of(year, 12, 31) : null;
            dataset.disclosures().add(new Records.Disclosure(agency, agency + "/" + year + "-" + String.format("%05d", i),
                    fabric.topic() + "信息公开第" + i + "号", normative ? "豫政〔" + year + "〕" + i + "号" : null, category,
                    fabric.officeHoursOn(day), channels, "https://www.henan.gov.cn/" + year + "/" + i + ".html",
                    issued == null ? null : issued.toString(), repealed == null ? null : repealed.toString()));
        }
    }

    /** Requests of every twenty-fifth agency: carried over from December before, open at the year's end, concluded. */
    private static void requests(Dataset dataset, List<Agency> agencies, Fabric fabric, int year) {
        RequestGenerator generator = new RequestGenerator(fabric, every(agencies, 25, 3), year * 10_000);
        for (int i = 0; i < REQUESTS; i++) {
            String channel = fabric.pick(REQUEST_CHANNELS);
            String type = fabric.pick(APPLICANTS);
            String outcome = RequestGenerator.OUTCOMES.get(ZhoukouDataset.weightedIndex(RequestGenerator.OUTCOME_WEIGHTS, fabric));
            String fee = i % 97 == 5 ? "100.00" : null;
            dataset.requests().add(generator.ofYear(year, i, CARRIED_OVER, OPEN_AT_YEAR_END, channel, type, outcome, fee));
        }
    }

    /** Cases against every fortieth agency; some pending at the year's end, three suits in ten after a reconsideration. */
    private static void appeals(Dataset dataset, List<Agency> agencies, Fabric fabric, int year) {
        ProvinceAppeals.add(dataset, fabric, year, every(agencies, 40, 7),
                new ProvinceAppeals.Counts(RECONSIDERATIONS, 12, LAWSUITS, 9, COMPLAINTS, 4));
    }

    /** The governments', counties' and every fiftieth agency's tallies, with the trial format's catalogues and procurement. */
    private static void tallies(Dataset dataset, List<Agency> agencies, Fabric fabric, int year) {
        boolean trialFormat = year == 2019 || year == 2020;
        for (int i = 0; i < agencies.size(); i++) {
            Agency agency = agencies.get(i);
            boolean government = agency.kind().equals("GOVERNMENT") || agency.kind().equals("COUNTY");
            if (!government && i % 50 != 11) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            List<String> notApplicable = new ArrayList<>();
            ZhoukouDataset.decisionTallies(agency, fabric, values, notApplicable);
            if (trialFormat && !agency.kind().equals("TOWNSHIP")) {
                values.put("OTHER_SERVICE_DECISIONS", String.valueOf(fabric.between(0, 400)));
                for (String catalogue : CATALOGUES) {
                    values.put(catalogue, String.valueOf(fabric.between(0, 120)));
                }
                values.put("PROCUREMENT_PROJECTS", String.valueOf(fabric.between(0, 60)));
                values.put("PROCUREMENT_AMOUNT_10K_YUAN", fabric.between(0, 90_000) + "." + String.format("%04d", fabric.between(0, 9999)));
            }
            dataset.tallies().add(new Records.Tallies(agency.code(), year, values, notApplicable));
        }
    }
}
