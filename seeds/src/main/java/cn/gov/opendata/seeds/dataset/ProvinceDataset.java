package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A synthetic province for the benchmarks (issue 10): one root government, 18 cities, each with departments and
 * counties, each county with departments and townships — {@link #AGENCIES} agencies in all — and one year of records
 * at province scale. Deterministic for a given year. The items are too many to hold in memory, so they are written
 * straight to an NDJSON file; everything else is an ordinary {@link Dataset}.
 */
public final class ProvinceDataset {

    public static final String ROOT = "hn";
    public static final int AGENCIES = 10_000;
    public static final int CITIES = 18;
    public static final int ITEMS = 2_000_000;
    public static final int REQUESTS = 20_000;
    /** Requests received in December of the year before and concluded in January: carried over into the year. */
    public static final int CARRIED_OVER = 1_000;
    /** Requests received in the year and still open on 31 December: carried forward. */
    public static final int OPEN_AT_YEAR_END = 950;
    public static final int RECONSIDERATIONS = 3_000;
    public static final int LAWSUITS = 2_000;
    public static final int COMPLAINTS = 3_000;

    private static final String[] CITY_NAMES = {"郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "鹤壁市", "新乡市", "焦作市",
            "濮阳市", "许昌市", "漯河市", "三门峡市", "南阳市", "商丘市", "信阳市", "周口市", "驻马店市", "济源市"};
    private static final int CITY_DEPARTMENTS = 40;
    private static final int COUNTIES = 10;
    private static final int COUNTY_DEPARTMENTS = 30;
    private static final int TOWNSHIPS = 20;
    private static final List<String> CATEGORIES = List.of("NOTICE", "NOTICE", "NOTICE", "FINANCE", "KEY_PROJECT",
            "SUPERVISION", "ENVIRONMENT", "FOOD_DRUG_SAFETY", "PLANNING", "PERSONNEL", "OTHER", "POLICY_INTERPRETATION");

    private final int year;

    public ProvinceDataset(int year) {
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** Parents before children. Agency codes: hn, hn-c01, hn-c01-d01, hn-c01-k01, hn-c01-k01-d01, hn-c01-k01-t01, hn-d001. */
    public static List<Agency> directory() {
        List<Agency> agencies = new ArrayList<>(AGENCIES);
        agencies.add(new Agency(ROOT, "河南省人民政府", "GOVERNMENT", null));
        for (int c = 1; c <= CITIES; c++) {
            String city = ROOT + "-c" + two(c);
            String cityName = CITY_NAMES[c - 1];
            agencies.add(new Agency(city, cityName + "人民政府", "GOVERNMENT", ROOT));
            for (int d = 1; d <= CITY_DEPARTMENTS; d++) {
                agencies.add(new Agency(city + "-d" + two(d), cityName + "第" + d + "工作部门", "DEPARTMENT", city));
            }
            for (int k = 1; k <= COUNTIES; k++) {
                String county = city + "-k" + two(k);
                String countyName = cityName + "第" + k + "县";
                agencies.add(new Agency(county, countyName + "人民政府", "COUNTY", city));
                for (int d = 1; d <= COUNTY_DEPARTMENTS; d++) {
                    agencies.add(new Agency(county + "-d" + two(d), countyName + "第" + d + "工作部门", "DEPARTMENT", county));
                }
                for (int t = 1; t <= TOWNSHIPS; t++) {
                    agencies.add(new Agency(county + "-t" + two(t), countyName + "第" + t + "乡镇", "TOWNSHIP", county));
                }
            }
        }
        for (int d = 1; agencies.size() < AGENCIES; d++) {
            agencies.add(new Agency(ROOT + "-d" + String.format("%03d", d), "河南省第" + d + "工作部门", "DEPARTMENT", ROOT));
        }
        return agencies;
    }

    /** Requests, cases and tallies of the year (items come from {@link #writeItems}). */
    public Dataset records() {
        List<Agency> agencies = directory();
        Dataset dataset = Dataset.empty(agencies);
        Fabric fabric = new Fabric(new Random(year * 31L + 7));
        List<String> codes = agencies.stream().map(Agency::code).toList();
        requests(dataset, new RequestGenerator(fabric, codes), fabric);
        ProvinceAppeals.add(dataset, fabric, year, codes,
                new ProvinceAppeals.Counts(RECONSIDERATIONS, 20, LAWSUITS, 25, COMPLAINTS, 5));
        for (Agency agency : agencies) {
            if (!agency.kind().equals("TOWNSHIP") && !agency.kind().equals("DEPARTMENT")) {
                dataset.tallies().add(new Records.Tallies(agency.code(), year,
                        tallyValues(String.valueOf(fabric.between(100, 5000)), String.valueOf(fabric.between(10, 900))),
                        List.of()));
            }
        }
        return dataset;
    }

    private static Map<String, String> tallyValues(String licensing, String penalties) {
        Map<String, String> values = new TreeMap<>();
        values.put("LICENSING_DECISIONS", licensing);
        values.put("PENALTY_DECISIONS", penalties);
        return values;
    }

    private void requests(Dataset dataset, RequestGenerator generator, Fabric fabric) {
        List<String> types = fabric.deck(Fabric.counts("NATURAL_PERSON", 300, "COMMERCIAL", 40, "RESEARCH", 6,
                "SOCIAL_WELFARE", 5, "LEGAL_SERVICE", 30, "OTHER", 9));
        List<String> channels = fabric.deck(Fabric.counts("ONLINE", 262, "LETTER", 58, "IN_PERSON", 66, "FAX", 4));
        for (int i = 0; i < REQUESTS; i++) {
            String channel = channels.get(i % channels.size());
            String type = types.get(i % types.size());
            String outcome = RequestGenerator.OUTCOMES.get(ZhoukouDataset.weightedIndex(RequestGenerator.OUTCOME_WEIGHTS, fabric));
            String fee = i % 397 == 5 ? "100.00" : null;
            dataset.requests().add(generator.ofYear(year, i, CARRIED_OVER, OPEN_AT_YEAR_END, channel, type, outcome, fee));
        }
    }

    /**
     * Writes {@code count} items first published in the year as NDJSON lines of the disclosure import. Governments
     * publish ten times as much as a township; about 1% are normative documents (a tenth of them regulations).
     */
    public void writeItems(Path file, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeItems(out, count);
        }
    }

    /** The same lines as {@link #writeItems(Path, int)}, to any writer (the digest reads them without a file). */
    public void writeItems(Writer out, int count) throws IOException {
        List<String> weighted = new ArrayList<>();
        for (Agency agency : directory()) {
            int weight = switch (agency.kind()) {
                case "GOVERNMENT" -> 10;
                case "COUNTY" -> 5;
                case "DEPARTMENT" -> 2;
                default -> 1;
            };
            for (int w = 0; w < weight; w++) {
                weighted.add(agency.code());
            }
        }
        ObjectWriter writer = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
        Fabric fabric = new Fabric(new Random(year));
        Random random = fabric.random();
        for (int i = 0; i < count; i++) {
            String agency = weighted.get(random.nextInt(weighted.size()));
            LocalDate day = fabric.dayIn(year);
            List<String> channels = fabric.provinceChannels();
            int kind = random.nextInt(1000);
            String category = kind == 0 ? "REGULATION" : kind < 10 ? "NORMATIVE_DOCUMENT" : CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            boolean normative = kind < 10;
            String index = agency + "/" + year + "-" + String.format("%07d", i);
            Records.Disclosure item = new Records.Disclosure(agency, index, fabric.topic() + "信息公开第" + i + "号",
                    normative ? "豫政〔" + year + "〕" + i + "号" : null, category, fabric.officeHoursOn(day), channels,
                    "https://www.henan.gov.cn/" + year + "/" + i + ".html", normative ? day.toString() : null,
                    normative && random.nextInt(10) == 0 ? LocalDate.of(year, 12, 31).toString() : null);
            out.write(writer.writeValueAsString(item));
            out.write('\n');
        }
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
