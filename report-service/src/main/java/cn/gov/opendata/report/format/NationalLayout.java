package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * Row and column codes and the exact labels of the national format's tables (国办公开办函〔2021〕30号, DOMAIN.md §5.1),
 * and the mapping of outcome codes to rows of table 三 (DOMAIN.md §3.1). The same codes are the input of
 * {@code POST /api/v1/reports/validate}.
 */
public final class NationalLayout {

    private NationalLayout() {
    }

    public static final String TABLE_2 = "TABLE_2";
    public static final String TABLE_3 = "TABLE_3";
    public static final String TABLE_4 = "TABLE_4";

    // ---- table 二 --------------------------------------------------------------------------------------------
    public static final String ISSUED = "ISSUED";
    public static final String REPEALED = "REPEALED";
    public static final String IN_FORCE = "IN_FORCE";
    public static final String DECISIONS = "DECISIONS";
    public static final String AMOUNT = "AMOUNT";
    public static final String REGULATION = "REGULATION";
    public static final String NORMATIVE_DOCUMENT = "NORMATIVE_DOCUMENT";
    public static final String LICENSING = "LICENSING_DECISIONS";
    public static final String PENALTY = "PENALTY_DECISIONS";
    public static final String COERCION = "COERCION_DECISIONS";
    public static final String FEES = "FEES_COLLECTED_10K_YUAN";

    /**
     * One block of table 二: the code and label of its heading row (the 条例 item), its columns and its rows
     * (code, label). The printed table is one table: each block's heading row, then its rows, which have cells only
     * in the block's columns.
     */
    public record Block(String code, String title, List<Column> columns, List<String[]> rows) {
    }

    public static final List<Block> TABLE_2_BLOCKS = List.of(
            new Block("ARTICLE_20_1", "第二十条第（一）项",
                    List.of(new Column(ISSUED, "本年制发件数", null), new Column(REPEALED, "本年废止件数", null),
                            new Column(IN_FORCE, "现行有效件数", null)),
                    List.of(new String[] {REGULATION, "规章"}, new String[] {NORMATIVE_DOCUMENT, "行政规范性文件"})),
            new Block("ARTICLE_20_5", "第二十条第（五）项",
                    List.of(new Column(DECISIONS, "本年处理决定数量", null)),
                    List.<String[]>of(new String[] {LICENSING, "行政许可"})),
            new Block("ARTICLE_20_6", "第二十条第（六）项",
                    List.of(new Column(DECISIONS, "本年处理决定数量", null)),
                    List.of(new String[] {PENALTY, "行政处罚"}, new String[] {COERCION, "行政强制"})),
            new Block("ARTICLE_20_8", "第二十条第（八）项",
                    List.of(new Column(AMOUNT, "本年收费金额（单位：万元）", null)),
                    List.<String[]>of(new String[] {FEES, "行政事业性收费"})));

    /** The columns of table 二: the union of its blocks' columns, in order. */
    public static final List<Column> TABLE_2_COLUMNS = List.of(
            new Column(ISSUED, "本年制发件数", null), new Column(REPEALED, "本年废止件数", null),
            new Column(IN_FORCE, "现行有效件数", null), new Column(DECISIONS, "本年处理决定数量", null),
            new Column(AMOUNT, "本年收费金额（单位：万元）", null));

    // ---- table 二 of the trial format (国办公开办函〔2019〕60号, DOMAIN.md §5.1a) ------------------------------------
    public static final String PUBLISHED = "PUBLISHED";
    public static final String PUBLISHED_TOTAL = "PUBLISHED_TOTAL";
    public static final String ITEMS_BEFORE = "ITEMS_BEFORE";
    public static final String ITEMS_CHANGE = "ITEMS_CHANGE";
    public static final String PROJECTS = "PROJECTS";
    public static final String PROCUREMENT_AMOUNT = "PROCUREMENT_AMOUNT";
    public static final String OTHER_SERVICES = "OTHER_SERVICE_DECISIONS";
    public static final String PROCUREMENT = "PROCUREMENT";
    /** Tally kinds of the catalogue sizes at year end, by the table 二 row they start and change. */
    public static final java.util.Map<String, String> CATALOGUES = java.util.Map.of(
            LICENSING, "LICENSING_ITEMS", OTHER_SERVICES, "OTHER_SERVICE_ITEMS", PENALTY, "PENALTY_ITEMS",
            COERCION, "COERCION_ITEMS", FEES, "FEE_ITEMS");
    public static final String PROCUREMENT_PROJECTS = "PROCUREMENT_PROJECTS";
    public static final String PROCUREMENT_AMOUNT_10K_YUAN = "PROCUREMENT_AMOUNT_10K_YUAN";

    private static final Column MADE_COLUMN = new Column(ISSUED, "本年新制作数量", null);
    private static final Column PUBLISHED_COLUMN = new Column(PUBLISHED, "本年新公开数量", null);
    private static final Column PUBLISHED_TOTAL_COLUMN = new Column(PUBLISHED_TOTAL, "对外公开总数量", null);
    private static final Column ITEMS_BEFORE_COLUMN = new Column(ITEMS_BEFORE, "上一年项目数量", null);
    private static final Column ITEMS_CHANGE_COLUMN = new Column(ITEMS_CHANGE, "本年增/减", null);
    private static final Column DECISIONS_COLUMN = new Column(DECISIONS, "处理决定数量", null);
    private static final Column PROJECTS_COLUMN = new Column(PROJECTS, "采购项目数量", null);
    private static final Column AMOUNT_COLUMN = new Column(PROCUREMENT_AMOUNT, "采购总金额（单位：万元）", null);

    public static final List<Block> TRIAL_TABLE_2_BLOCKS = List.of(
            new Block("ARTICLE_20_1", "第二十条第（一）项", List.of(MADE_COLUMN, PUBLISHED_COLUMN, PUBLISHED_TOTAL_COLUMN),
                    List.of(new String[] {REGULATION, "规章"}, new String[] {NORMATIVE_DOCUMENT, "规范性文件"})),
            new Block("ARTICLE_20_5", "第二十条第（五）项", List.of(ITEMS_BEFORE_COLUMN, ITEMS_CHANGE_COLUMN, DECISIONS_COLUMN),
                    List.of(new String[] {LICENSING, "行政许可"}, new String[] {OTHER_SERVICES, "其他对外管理服务事项"})),
            new Block("ARTICLE_20_6", "第二十条第（六）项", List.of(ITEMS_BEFORE_COLUMN, ITEMS_CHANGE_COLUMN, DECISIONS_COLUMN),
                    List.of(new String[] {PENALTY, "行政处罚"}, new String[] {COERCION, "行政强制"})),
            new Block("ARTICLE_20_8", "第二十条第（八）项", List.of(ITEMS_BEFORE_COLUMN, ITEMS_CHANGE_COLUMN),
                    List.<String[]>of(new String[] {FEES, "行政事业性收费"})),
            new Block("ARTICLE_20_9", "第二十条第（九）项", List.of(PROJECTS_COLUMN, AMOUNT_COLUMN),
                    List.<String[]>of(new String[] {PROCUREMENT, "政府集中采购"})));

    public static final List<Column> TRIAL_TABLE_2_COLUMNS = List.of(MADE_COLUMN, PUBLISHED_COLUMN, PUBLISHED_TOTAL_COLUMN,
            ITEMS_BEFORE_COLUMN, ITEMS_CHANGE_COLUMN, DECISIONS_COLUMN, PROJECTS_COLUMN, AMOUNT_COLUMN);

    /** The label of the row-heading column of every block of table 二. */
    public static final String TABLE_2_ROW_HEADING = "信息内容";

    // ---- table 三 --------------------------------------------------------------------------------------------
    public static final String TOTAL = "TOTAL";
    public static final List<String> APPLICANTS = List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "SOCIAL_WELFARE",
            "LEGAL_SERVICE", "OTHER");
    public static final String LEGAL_PERSONS = "法人或其他组织";
    public static final List<Column> TABLE_3_COLUMNS = List.of(
            new Column("NATURAL_PERSON", "自然人", null),
            new Column("COMMERCIAL", "商业企业", LEGAL_PERSONS),
            new Column("RESEARCH", "科研机构", LEGAL_PERSONS),
            new Column("SOCIAL_WELFARE", "社会公益组织", LEGAL_PERSONS),
            new Column("LEGAL_SERVICE", "法律服务机构", LEGAL_PERSONS),
            new Column("OTHER", "其他", LEGAL_PERSONS),
            new Column(TOTAL, "总计", null));
    /** The corner note exactly as the official form prints it. */
    public static final String TABLE_3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static final String RECEIVED = "RECEIVED";
    public static final String CARRIED_OVER = "CARRIED_OVER";
    public static final String CONCLUDED_TOTAL = "CONCLUDED_TOTAL";
    public static final String CARRIED_FORWARD = "CARRIED_FORWARD";

    /**
     * A row of table 三. {@code outcomes} is empty for the rows that are not results and for headings;
     * {@code heading} rows carry no figures (they are the merged label cells of the official form).
     */
    public record Table3Row(String code, String label, int level, List<String> outcomes, boolean heading) {

        static Table3Row figures(String code, String label, int level) {
            return new Table3Row(code, label, level, List.of(), false);
        }

        static Table3Row result(String code, String label, int level, String... outcomes) {
            return new Table3Row(code, label, level, List.of(outcomes), false);
        }

        static Table3Row heading(String code, String label, int level) {
            return new Table3Row(code, label, level, List.of(), true);
        }
    }

    public static final List<Table3Row> TABLE_3_ROWS = List.of(
            Table3Row.figures(RECEIVED, "一、本年新收政府信息公开申请数量", 0),
            Table3Row.figures(CARRIED_OVER, "二、上年结转政府信息公开申请数量", 0),
            Table3Row.heading("RESULTS", "三、本年度办理结果", 0),
            Table3Row.result("DISCLOSED", "（一）予以公开", 1, "ALREADY_PUBLIC", "DISCLOSED"),
            Table3Row.result("PARTIALLY_DISCLOSED", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, "PARTIALLY_DISCLOSED"),
            Table3Row.heading("WITHHELD", "（三）不予公开", 1),
            Table3Row.result("WITHHELD_STATE_SECRET", "1.属于国家秘密", 2, "WITHHELD_STATE_SECRET"),
            Table3Row.result("WITHHELD_PROHIBITED_BY_LAW", "2.其他法律行政法规禁止公开", 2, "WITHHELD_PROHIBITED_BY_LAW"),
            Table3Row.result("WITHHELD_SECURITY_STABILITY", "3.危及“三安全一稳定”", 2, "WITHHELD_SECURITY_STABILITY"),
            Table3Row.result("WITHHELD_THIRD_PARTY", "4.保护第三方合法权益", 2, "WITHHELD_THIRD_PARTY"),
            Table3Row.result("WITHHELD_INTERNAL_AFFAIRS", "5.属于三类内部事务信息", 2, "WITHHELD_INTERNAL_AFFAIRS"),
            Table3Row.result("WITHHELD_PROCESS_INFO", "6.属于四类过程性信息", 2, "WITHHELD_PROCESS_INFO"),
            Table3Row.result("WITHHELD_ENFORCEMENT_FILE", "7.属于行政执法案卷", 2, "WITHHELD_ENFORCEMENT_FILE"),
            Table3Row.result("SPECIAL_INQUIRY_PROCEDURE", "8.属于行政查询事项", 2, "SPECIAL_INQUIRY_PROCEDURE"),
            Table3Row.heading("UNAVAILABLE", "（四）无法提供", 1),
            Table3Row.result("NOT_HELD", "1.本机关不掌握相关政府信息", 2, "NOT_HELD", "NOT_THIS_AGENCY"),
            Table3Row.result("NEEDS_NEW_PRODUCTION", "2.没有现成信息需要另行制作", 2, "NEEDS_NEW_PRODUCTION"),
            Table3Row.result("UNCLEAR_AFTER_CORRECTION", "3.补正后申请内容仍不明确", 2, "UNCLEAR_AFTER_CORRECTION"),
            Table3Row.heading("NOT_PROCESSED", "（五）不予处理", 1),
            Table3Row.result("PETITION_OR_COMPLAINT", "1.信访举报投诉类申请", 2, "PETITION_OR_COMPLAINT"),
            Table3Row.result("REPEATED_REQUEST", "2.重复申请", 2, "REPEATED_REQUEST"),
            Table3Row.result("PUBLISHED_MATERIAL", "3.要求提供公开出版物", 2, "PUBLISHED_MATERIAL"),
            Table3Row.result("EXCESSIVE_REQUESTS", "4.无正当理由大量反复申请", 2, "EXCESSIVE_REQUESTS"),
            Table3Row.result("RECONFIRMATION", "5.要求行政机关确认或重新出具已获取信息", 2, "RECONFIRMATION"),
            Table3Row.heading("OTHER_HANDLING", "（六）其他处理", 1),
            Table3Row.result("ABANDONED_NO_CORRECTION", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2,
                    "ABANDONED_NO_CORRECTION"),
            Table3Row.result("ABANDONED_NO_FEE", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2,
                    "ABANDONED_NO_FEE"),
            Table3Row.result("OTHER", "3.其他", 2, "OTHER"),
            Table3Row.figures(CONCLUDED_TOTAL, "（七）总计", 1),
            Table3Row.figures(CARRIED_FORWARD, "四、结转下年度继续办理", 0));

    /** Table 三 of the trial format: as the 2021 one, except that （六）其他处理 is one row of its three outcomes. */
    public static final List<Table3Row> TRIAL_TABLE_3_ROWS = trialTable3Rows();

    private static List<Table3Row> trialTable3Rows() {
        List<Table3Row> rows = new ArrayList<>();
        for (Table3Row row : TABLE_3_ROWS) {
            if (row.code().equals("OTHER_HANDLING")) {
                rows.add(Table3Row.result("OTHER_HANDLING", "（六）其他处理", 1,
                        "ABANDONED_NO_CORRECTION", "ABANDONED_NO_FEE", "OTHER"));
            } else if (row.level() < 2 || !List.of("ABANDONED_NO_CORRECTION", "ABANDONED_NO_FEE", "OTHER").contains(row.code())) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    /** The 21 leaf result rows whose sum is （七）总计. */
    public static List<Table3Row> resultRows() {
        return TABLE_3_ROWS.stream().filter(r -> !r.outcomes().isEmpty()).toList();
    }

    /** The 25 rows that carry figures. */
    public static List<Table3Row> figureRows() {
        return TABLE_3_ROWS.stream().filter(r -> !r.heading()).toList();
    }

    // ---- table 四 --------------------------------------------------------------------------------------------
    public static final String CASES = "CASES";
    public static final List<String> RESULTS = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING");
    public static final List<String> RESULT_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结");

    /** The three groups of table 四: column prefix, group label; the lawsuit route code for the two lawsuit groups. */
    public record Table4Group(String prefix, String label, String route) {
    }

    public static final List<Table4Group> TABLE_4_GROUPS = List.of(
            new Table4Group("RECONSIDERATION", "行政复议", null),
            new Table4Group("DIRECT", "行政诉讼 未经复议直接起诉", "DIRECT"),
            new Table4Group("AFTER_RECONSIDERATION", "行政诉讼 复议后起诉", "AFTER_RECONSIDERATION"));

    public static List<Column> table4Columns() {
        List<Column> columns = new ArrayList<>();
        for (Table4Group g : TABLE_4_GROUPS) {
            for (int i = 0; i < RESULTS.size(); i++) {
                columns.add(new Column(g.prefix() + "_" + RESULTS.get(i), RESULT_LABELS.get(i), g.label()));
            }
            columns.add(new Column(g.prefix() + "_" + TOTAL, "总计", g.label()));
        }
        return columns;
    }
}
