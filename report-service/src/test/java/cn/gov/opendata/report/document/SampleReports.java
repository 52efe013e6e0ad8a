package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Check;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import cn.gov.opendata.report.model.Section;
import cn.gov.opendata.report.model.SourceInfo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic reports to render: a national-format one with tables 二, 三 and 四 (labels of DOMAIN.md §5.1, figures
 * that satisfy its identities) and a legacy-format one made of paragraphs only (the Zhoukou 2018 figures).
 */
public final class SampleReports {

    public static final String CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String LINK_BASE = "http://application.example/api/v1/requests?year=2021&agency=";

    /** Table 三 columns, in the official order. */
    public static final List<String> APPLICANTS = List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "SOCIAL_WELFARE",
            "LEGAL_SERVICE", "OTHER_ORGANISATION", "TOTAL");

    private SampleReports() {
    }

    public static Report national(String agency, int year) {
        return national(agency, year, 0);
    }

    /**
     * {@code extra} more requests received from natural persons (and carried forward), so that a test can make the
     * figures change while every identity still holds.
     */
    public static Report national(String agency, int year, int extra) {
        List<Section> sections = List.of(
                new Section("OVERVIEW", "一、总体情况", List.of(
                        new Paragraph(null, year + "年，本机关坚持以公开为常态、不公开为例外，全面推进政府信息公开工作。"),
                        new Paragraph("（一）主动公开", "全年主动公开政府信息 6,034 条。")), List.of()),
                new Section("PROACTIVE", "二、主动公开政府信息情况", List.of(), List.of("TABLE_2")),
                new Section("REQUESTS", "三、收到和处理政府信息公开申请情况", List.of(), List.of("TABLE_3")),
                new Section("APPEALS", "四、政府信息公开行政复议、行政诉讼情况", List.of(), List.of("TABLE_4")),
                new Section("PROBLEMS", "五、存在的主要问题及改进情况", List.of(
                        new Paragraph(null, "部分单位公开内容不够全面。\n下一步将加强培训和督查。")), List.of()),
                new Section("OTHER", "六、其他需要报告的事项", List.of(
                        new Paragraph(null, "本年度未收取信息处理费。")), List.of()));
        return new Report(agency, "测试市人民政府", year, ReportFormat.NATIONAL_2021, ReportScope.SUBTREE,
                "测试市人民政府" + year + "年政府信息公开工作年度报告", sections,
                List.of(table2(), table3(agency, extra), table4()),
                List.of(new Check(Check.Severity.WARNING, "CARRIED_OVER_MISMATCH",
                        "上年结转(" + year + ")=4 与 结转下年度(" + (year - 1) + ")=3 不一致")),
                List.of(new SourceInfo("application", "http://application.example", "REQUESTS", 12)),
                ReportSettings.defaults(), OffsetDateTime.of(year + 1, 1, 15, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
    }

    public static Report legacy(String agency, int year) {
        List<Section> sections = List.of(
                new Section("OVERVIEW", "一、基本情况概述", List.of(
                        new Paragraph(null, "本市认真贯彻落实《中华人民共和国政府信息公开条例》。")), List.of()),
                new Section("PROACTIVE", "二、主动公开政府信息情况", List.of(
                        new Paragraph(null, "全市共主动公开政府信息 83,836 条，其中政府公报 305 条，政府网站 56,288 条。")), List.of()),
                new Section("REQUESTS", "三、依申请公开政府信息情况", List.of(
                        new Paragraph("（一）申请情况", "共受理政府信息公开申请 258 件，其中网上申请 148 件，占 57.36%。"),
                        new Paragraph("（二）答复情况", "实际公开率为 97.12%。")), List.of()),
                new Section("APPEALS", "四、政府信息公开类行政复议、诉讼和举报投诉情况", List.of(
                        new Paragraph(null, "行政复议 98 件，行政诉讼 86 件，举报投诉 647 件。")), List.of()),
                new Section("PROBLEMS", "五、存在的主要问题和改进措施", List.of(
                        new Paragraph(null, "信息公开工作仍有不足。")), List.of()));
        return new Report(agency, "周口市", year, ReportFormat.LEGACY_2008, ReportScope.SUBTREE,
                "周口市" + year + "年政府信息公开工作年度报告", sections, List.of(), List.of(), List.of(),
                ReportSettings.defaults(), OffsetDateTime.of(year + 1, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
    }

    /** The legacy report as the legacy format assembles it: prose, plus an unplaced table of the figures it uses. */
    public static Report legacyWithFigures(String agency, int year) {
        Report prose = legacy(agency, year);
        List<Column> columns = List.of(new Column("VALUE", "数量", null), new Column("SHARE", "占比", null));
        List<Row> rows = List.of(
                new Row("RECEIVED", "受理申请", 0, List.of(new Cell("VALUE", "258", null, null, LINK_BASE + agency))),
                new Row("RECEIVED_ONLINE", "网上申请", 1, List.of(new Cell("VALUE", "148", null, null, null), new Cell("SHARE", "57.36%", null, null, null))),
                new Row("ACTUAL_DISCLOSURE_RATE", "实际公开比例", 0, List.of(new Cell("VALUE", "203", null, null, null), new Cell("SHARE", "97.12%", null, null, null))));
        ReportTable figures = new ReportTable("LEGACY_FIGURES", "本报告所用数据", columns, rows, "项目");
        return new Report(prose.agency(), prose.agencyName(), prose.year(), prose.format(), prose.scope(), prose.title(),
                prose.sections(), List.of(figures), prose.checks(), prose.sources(), prose.settings(), prose.generatedAt());
    }

    static ReportTable table2() {
        List<Column> columns = List.of(
                new Column("ISSUED", "本年制发件数", null),
                new Column("REPEALED", "本年废止件数", null),
                new Column("IN_FORCE", "现行有效件数", null),
                new Column("DECISIONS", "本年处理决定数量", null),
                new Column("FEES", "本年收费金额（单位：万元）", null));
        List<Row> rows = List.of(
                new Row("ITEM_1", "第二十条第（一）项", 0, List.of()),
                new Row("RULES", "规章", 1, List.of(cell("ISSUED", "/"), cell("REPEALED", "/"), cell("IN_FORCE", "/"))),
                new Row("NORMATIVE_DOCUMENTS", "行政规范性文件", 1,
                        List.of(cell("ISSUED", "3"), cell("REPEALED", "1"), cell("IN_FORCE", "12"))),
                new Row("ITEM_5", "第二十条第（五）项", 0, List.of()),
                new Row("LICENSING", "行政许可", 1, List.of(cell("DECISIONS", "1,520"))),
                new Row("ITEM_6", "第二十条第（六）项", 0, List.of()),
                new Row("PENALTIES", "行政处罚", 1, List.of(cell("DECISIONS", "233"))),
                new Row("COERCION", "行政强制", 1, List.of(cell("DECISIONS", "12"))),
                new Row("ITEM_8", "第二十条第（八）项", 0, List.of()),
                new Row("FEES", "行政事业性收费", 1, List.of(cell("FEES", "35.60"))));
        return new ReportTable("TABLE_2", "主动公开政府信息情况", columns, rows, null);
    }

    static ReportTable table3(String agency, int extra) {
        String legal = "法人或其他组织";
        List<Column> columns = List.of(
                new Column("NATURAL_PERSON", "自然人", null),
                new Column("COMMERCIAL", "商业企业", legal),
                new Column("RESEARCH", "科研机构", legal),
                new Column("SOCIAL_WELFARE", "社会公益组织", legal),
                new Column("LEGAL_SERVICE", "法律服务机构", legal),
                new Column("OTHER_ORGANISATION", "其他", legal),
                new Column("TOTAL", "总计", null));
        List<Row> rows = new ArrayList<>();
        rows.add(figures(agency, "RECEIVED", "一、本年新收政府信息公开申请数量", 0, 57 + extra, 6, 0, 0, 2, 1));
        rows.add(figures(agency, "CARRIED_OVER", "二、上年结转政府信息公开申请数量", 0, 3, 1, 0, 0, 0, 0));
        rows.add(new Row("RESULTS", "三、本年度办理结果", 0, List.of()));
        rows.add(figures(agency, "DISCLOSED", "（一）予以公开", 1, 25, 2, 0, 0, 1, 0));
        rows.add(figures(agency, "PARTIALLY_DISCLOSED", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 6, 1, 0, 0, 0, 0));
        rows.add(new Row("WITHHELD", "（三）不予公开", 1, List.of()));
        rows.add(figures(agency, "WITHHELD_STATE_SECRET", "1.属于国家秘密", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "WITHHELD_PROHIBITED_BY_LAW", "2.其他法律行政法规禁止公开", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "WITHHELD_SECURITY_STABILITY", "3.危及“三安全一稳定”", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "WITHHELD_THIRD_PARTY", "4.保护第三方合法权益", 2, 2, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "WITHHELD_INTERNAL_AFFAIRS", "5.属于三类内部事务信息", 2, 1, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "WITHHELD_PROCESS_INFO", "6.属于四类过程性信息", 2, 1, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "WITHHELD_ENFORCEMENT_FILE", "7.属于行政执法案卷", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "SPECIAL_INQUIRY_PROCEDURE", "8.属于行政查询事项", 2, 1, 0, 0, 0, 0, 0));
        rows.add(new Row("UNABLE", "（四）无法提供", 1, List.of()));
        rows.add(figures(agency, "NOT_HELD", "1.本机关不掌握相关政府信息", 2, 8, 1, 0, 0, 0, 0));
        rows.add(figures(agency, "NEEDS_NEW_PRODUCTION", "2.没有现成信息需要另行制作", 2, 2, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "UNCLEAR_AFTER_CORRECTION", "3.补正后申请内容仍不明确", 2, 1, 0, 0, 0, 0, 0));
        rows.add(new Row("NOT_PROCESSED", "（五）不予处理", 1, List.of()));
        rows.add(figures(agency, "PETITION_OR_COMPLAINT", "1.信访举报投诉类申请", 2, 2, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "REPEATED_REQUEST", "2.重复申请", 2, 1, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "PUBLISHED_MATERIAL", "3.要求提供公开出版物", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "EXCESSIVE_REQUESTS", "4.无正当理由大量反复申请", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "RECONFIRMATION", "5.要求行政机关确认或重新出具已获取信息", 2, 0, 0, 0, 0, 0, 0));
        rows.add(new Row("OTHER_HANDLING", "（六）其他处理", 1, List.of()));
        rows.add(figures(agency, "ABANDONED_NO_CORRECTION",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2, 1, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "ABANDONED_NO_FEE",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2, 0, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "OTHER", "3.其他", 2, 1, 0, 0, 0, 0, 0));
        rows.add(figures(agency, "CONCLUDED_TOTAL", "（七）总计", 1, 52, 4, 0, 0, 1, 0));
        rows.add(figures(agency, "CARRIED_FORWARD", "四、结转下年度继续办理", 0, 8 + extra, 3, 0, 0, 1, 1));
        return new ReportTable("TABLE_3", "收到和处理政府信息公开申请情况", columns, rows, CORNER_NOTE);
    }

    static ReportTable table4() {
        List<Column> columns = new ArrayList<>();
        String[] results = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        String[] codes = {"UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL"};
        String[][] groups = {{"RECONSIDERATION", "行政复议"}, {"DIRECT_LAWSUIT", "行政诉讼：未经复议直接起诉"},
            {"LAWSUIT_AFTER_RECONSIDERATION", "行政诉讼：复议后起诉"}};
        for (String[] group : groups) {
            for (int i = 0; i < results.length; i++) {
                columns.add(new Column(group[0] + "_" + codes[i], results[i], group[1]));
            }
        }
        int[] counts = {5, 1, 2, 0, 8, 3, 1, 0, 1, 5, 1, 0, 0, 0, 1};
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            cells.add(new Cell(columns.get(i).code(), String.valueOf(counts[i]), null, null, null));
        }
        return new ReportTable("TABLE_4", "政府信息公开行政复议、行政诉讼情况", columns,
                List.of(new Row("CASES", "件数", 0, cells)), null);
    }

    private static Row figures(String agency, String code, String label, int level, int... counts) {
        List<Cell> cells = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            cells.add(new Cell(APPLICANTS.get(i), String.valueOf(counts[i]), null, null,
                    LINK_BASE + agency + "&row=" + code + "&applicant=" + APPLICANTS.get(i)));
        }
        cells.add(new Cell("TOTAL", String.valueOf(total), null, null, LINK_BASE + agency + "&row=" + code));
        return new Row(code, label, level, cells);
    }

    private static Cell cell(String column, String text) {
        return new Cell(column, text, null, null, null);
    }
}
