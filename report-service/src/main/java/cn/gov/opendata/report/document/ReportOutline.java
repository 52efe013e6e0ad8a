package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The order in which every renderer prints a report: each section's heading, its paragraphs, then the tables it
 * names. A table no section names is printed at the end rather than silently dropped.
 */
public final class ReportOutline {

    /** One printed block; {@code numeral} is the section's Chinese ordinal ("三") or null when it has none. */
    public record Part(String code, String heading, String numeral, List<Paragraph> paragraphs, List<ReportTable> tables) {
    }

    public static final String APPENDIX = "附表";

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+)、.*", Pattern.DOTALL);

    private ReportOutline() {
    }

    public static List<Part> of(Report report) {
        Map<String, ReportTable> unplaced = new LinkedHashMap<>();
        for (ReportTable table : listOf(report.tables())) {
            unplaced.put(table.code(), table);
        }
        List<Section> sections = listOf(report.sections());
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            List<ReportTable> tables = new ArrayList<>();
            for (String code : listOf(section.tables())) {
                ReportTable table = unplaced.remove(code);
                if (table != null) {
                    tables.add(table);
                }
            }
            String heading = numbered(i, section.title());
            parts.add(new Part(section.code(), heading, numeralOf(heading), listOf(section.paragraphs()), tables));
        }
        if (!unplaced.isEmpty()) {
            parts.add(new Part("APPENDIX", APPENDIX, null, List.of(), List.copyOf(unplaced.values())));
        }
        return parts;
    }

    /** Section titles are printed "一、总体情况"; a title that already carries its ordinal is kept as it is. */
    static String numbered(int index, String title) {
        String text = title == null ? "" : title.strip();
        if (NUMBERED.matcher(text).matches() || index >= NUMERALS.length) {
            return text;
        }
        return NUMERALS[index] + "、" + text;
    }

    static String numeralOf(String heading) {
        var matcher = NUMBERED.matcher(heading == null ? "" : heading);
        return matcher.matches() ? matcher.group(1) : null;
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
