package cn.gov.opendata.seeds.dataset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Plausible fabric for generated records: dates, titles, applicants with valid ID numbers. Deterministic per seed. */
final class Fabric {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "丽"};
    private static final String[] STREETS = {"八一路", "中州路", "七一路", "交通路", "建设大道", "文昌大道", "工农路", "大庆路", "太昊路", "周口大道"};
    private static final String[] SUBJECTS = {
            "房屋征收补偿方案及补偿标准", "某地块国有土地使用权出让文件", "城市道路改造工程招投标文件", "某企业环境影响评价报告",
            "本人社会保险缴费记录的相关政策依据", "农村危房改造补助名单", "某项目立项批复文件", "行政处罚决定书",
            "拆迁安置房分配方案", "最低生活保障审批材料", "学校学区划分依据", "建设工程规划许可证",
            "食品安全抽检结果", "财政专项资金使用情况", "河道治理工程验收材料"};
    private static final String[] TOPICS = {
            "城市规划", "财政预算", "重点项目", "环境保护", "食品药品安全", "社会救助", "教育招生", "医疗卫生",
            "安全生产", "交通运输", "住房保障", "就业创业", "农业农村", "市场监管", "政务服务"};

    private final Random random;

    Fabric(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** The channels of a synthetic province item: one in ten only OTHER, else the website and now and then more. */
    List<String> provinceChannels() {
        List<String> channels = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            channels.add("OTHER");
        } else {
            channels.add("WEBSITE");
            if (random.nextInt(20) == 0) channels.add("GAZETTE");
            if (random.nextInt(10) == 0) channels.add("WEIBO");
            if (random.nextInt(7) == 0) channels.add("WECHAT");
        }
        return channels;
    }

    /**
     * Repeats each key as many times as its count, shuffled: an exact multiset of channels, outcomes or results. Keys
     * are taken in sorted order whatever map is passed, so the random sequence is consumed the same way in every JVM
     * ({@code Map.of} iterates in an order salted per JVM, which once made every run load other data).
     */
    List<String> deck(Map<String, Integer> counts) {
        List<String> deck = new ArrayList<>();
        new TreeMap<>(counts).forEach((key, count) -> {
            for (int i = 0; i < count; i++) {
                deck.add(key);
            }
        });
        Collections.shuffle(deck, random);
        return deck;
    }

    /** Keys with their counts ("ONLINE", 148, "LETTER", 67, …), in sorted key order. */
    static Map<String, Integer> counts(Object... keysAndCounts) {
        if (keysAndCounts.length % 2 != 0) {
            throw new IllegalArgumentException("keys and counts come in pairs");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return counts;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    LocalDate dayIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    LocalDate weekdayBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate day = from.plusDays(random.nextInt((int) span));
            if (isWeekday(day)) {
                return day;
            }
        }
        return from;
    }

    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate plusWeekdays(LocalDate day, int weekdays) {
        LocalDate result = day;
        for (int i = 0; i < weekdays; ) {
            result = result.plusDays(1);
            if (isWeekday(result)) {
                i++;
            }
        }
        return result;
    }

    /** An instant on that day in office hours, China time, ISO 8601 with offset. */
    String officeHoursOn(LocalDate day) {
        LocalDateTime time = day.atTime(between(8, 17), between(0, 59), between(0, 59));
        return time.atOffset(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atOffset(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    String topic() {
        return pick(TOPICS);
    }

    String subject() {
        return "申请公开" + pick(SUBJECTS);
    }

    Records.Applicant naturalPerson() {
        String name = pick(SURNAMES) + pick(GIVEN);
        return new Records.Applicant(name, "RESIDENT_ID", residentId(), phone(), address());
    }

    Records.Applicant organisation(String kind) {
        String name = "周口市" + pick(STREETS).replace("路", "").replace("大道", "") + kind;
        return new Records.Applicant(name, "BUSINESS_LICENSE", "91411600MA" + String.format("%08d", random.nextInt(100_000_000)), phone(), address());
    }

    private String phone() {
        return "138" + String.format("%08d", random.nextInt(100_000_000));
    }

    private String address() {
        return "河南省周口市川汇区" + pick(STREETS) + between(1, 300) + "号";
    }

    /** An 18-digit resident ID of a Zhoukou district with a valid GB 11643 check digit. */
    String residentId() {
        LocalDate birth = LocalDate.of(between(1950, 2000), between(1, 12), between(1, 28));
        String body = "411602" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", between(1, 999));
        return body + checkDigit(body);
    }

    static char checkDigit(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
