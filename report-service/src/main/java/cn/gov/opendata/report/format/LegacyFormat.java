package cn.gov.opendata.report.format;

import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.DisclosureFigures;
import cn.gov.opendata.report.client.Fees;
import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import cn.gov.opendata.report.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legacy format of the 2008 条例 (the Zhoukou 2018 report): prose sentences carrying the figures and their
 * percentages, with the legacy request categories of DOMAIN.md §3.1. The figures used are also given as the table
 * {@value #FIGURES_TABLE}, so that each carries last year's value and its provenance link.
 */
public final class LegacyFormat {

    public static final String FIGURES_TABLE = "LEGACY_FIGURES";

    /** A legacy request category: code, label as printed, outcome codes it groups. */
    public record Category(String code, String label, List<String> outcomes) {
    }

    public static final List<Category> CATEGORIES = List.of(
            new Category("ALREADY_PUBLIC", "属于已主动公开范围", List.of("ALREADY_PUBLIC")),
            new Category("DISCLOSED", "同意公开", List.of("DISCLOSED")),
            new Category("PARTIALLY_DISCLOSED", "同意部分公开", List.of("PARTIALLY_DISCLOSED")),
            new Category("WITHHELD", "不同意公开", List.of("WITHHELD_STATE_SECRET", "WITHHELD_PROHIBITED_BY_LAW",
                    "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY", "WITHHELD_INTERNAL_AFFAIRS",
                    "WITHHELD_PROCESS_INFO", "WITHHELD_ENFORCEMENT_FILE", "EXCESSIVE_REQUESTS")),
            new Category("NOT_EXIST", "申请信息不存在", List.of("NOT_HELD", "NEEDS_NEW_PRODUCTION")),
            new Category("NOT_THIS_AGENCY", "不属于本行政机关公开", List.of("NOT_THIS_AGENCY")),
            new Category("TOLD_TO_AMEND", "告知作出更改补充", List.of("UNCLEAR_AFTER_CORRECTION", "ABANDONED_NO_CORRECTION")),
            new Category("OTHER_CHANNEL", "告知通过其他途径办理", List.of("SPECIAL_INQUIRY_PROCEDURE", "PETITION_OR_COMPLAINT",
                    "REPEATED_REQUEST", "PUBLISHED_MATERIAL", "RECONFIRMATION", "ABANDONED_NO_FEE", "OTHER")));

    private static final String[][] ITEM_CHANNELS = {
            {"GAZETTE", "通过政府公报公开政府信息"},
            {"WEBSITE", "通过政府网站公开政府信息"},
            {"WEIBO", "通过政务微博公开政府信息"},
            {"WECHAT", "通过政务微信公开政府信息"},
            {"OTHER", "通过报刊、广播、电视等其他方式公开政府信息"}};

    private static final String[][] REQUEST_CHANNELS = {
            {"ONLINE", "通过网络申请"},
            {"LETTER", "通过信函申请"},
            {"IN_PERSON", "当面申请"},
            {"FAX", "通过传真申请"}};

    /** Figures of the report agency's own records (its portal), whatever the scope. */
    public static final Set<String> SINGLE_AGENCY_FIGURES = Set.of("PORTAL", "POLICY_INTERPRETATIONS");

    private static final Set<String> DISCLOSED_CATEGORIES = Set.of("ALREADY_PUBLIC", "DISCLOSED", "PARTIALLY_DISCLOSED");

    private final FormatInput in;
    private final Percentages percent;
    private final List<Row> figureRows = new ArrayList<>();

    private LegacyFormat(FormatInput in) {
        this.in = in;
        this.percent = new Percentages(in.settings());
    }

    public static FormatOutput render(FormatInput in) {
        return new LegacyFormat(in).build();
    }

    private FormatOutput build() {
        List<Section> sections = List.of(
                new Section("OVERVIEW", "一、基本情况概述", Narratives.paragraphs(in.narratives(), "OVERVIEW"), List.of()),
                new Section("PROACTIVE", "二、主动公开政府信息情况", proactive(), List.of()),
                new Section("REQUESTS", "三、依申请公开政府信息情况", requests(), List.of()),
                new Section("APPEALS", "四、政府信息公开类行政复议、诉讼和举报投诉情况", appeals(), List.of()),
                new Section("PROBLEMS", "五、存在的主要问题和改进措施", Narratives.paragraphs(in.narratives(), "PROBLEMS"), List.of()));
        ReportTable figures = new ReportTable(FIGURES_TABLE, "本报告所用数据",
                List.of(new Column("VALUE", "数量", null), new Column("SHARE", "占比", null)), figureRows, "项目");
        return new FormatOutput(in.agencyName() + in.year() + "年政府信息公开工作年度报告", sections, List.of(figures));
    }

    // ---- 二、主动公开 -------------------------------------------------------------------------------------------

    private List<Paragraph> proactive() {
        DisclosureFigures d = in.current().disclosure();
        DisclosureFigures p = in.previous().disclosure();
        String subject = subject();
        List<Paragraph> paragraphs = new ArrayList<>();

        StringBuilder s = new StringBuilder();
        s.append(in.year()).append("年，").append(subject).append("共主动公开各类政府信息")
                .append(figure("ITEMS", "主动公开政府信息", d.items(), p.items(), null, in.links().disclosures())).append("条（不同渠道和方式公开相同信息计1条），其中");
        for (int i = 0; i < ITEM_CHANNELS.length; i++) {
            String code = ITEM_CHANNELS[i][0];
            s.append(i == 0 ? "" : "，").append(ITEM_CHANNELS[i][1])
                    .append(figure("CHANNEL_" + code, ITEM_CHANNELS[i][1], d.channel(code), p.channel(code), null,
                            in.links().disclosures("channel", code)))
                    .append("条");
        }
        s.append("。");
        paragraphs.add(new Paragraph(null, s.toString()));

        DisclosureFigures own = in.own().disclosure();
        long portal = own.channel("WEBSITE");
        StringBuilder sites = new StringBuilder();
        sites.append(in.agencyName()).append("门户网站公开")
                .append(figure("PORTAL", "门户网站公开", portal, ownPrevious().channel("WEBSITE"), null,
                        in.links().disclosuresOf(in.agency(), "channel", "WEBSITE")))
                .append("条");
        if (in.scope() == ReportScope.SUBTREE) {
            long others = d.channel("WEBSITE") - portal;
            long othersBefore = p.channel("WEBSITE") - ownPrevious().channel("WEBSITE");
            sites.append("，所属各级行政机关网站公开")
                    .append(figure("OTHER_SITES", "所属各级行政机关网站公开", others, othersBefore, null,
                            in.links().disclosures("channel", "WEBSITE")))
                    .append("条");
        }
        sites.append("。").append(in.agencyName()).append("门户网站发布政策解读类信息")
                .append(figure("POLICY_INTERPRETATIONS", "门户网站发布政策解读", own.category("POLICY_INTERPRETATION"),
                        ownPrevious().category("POLICY_INTERPRETATION"), null,
                        in.links().disclosuresOf(in.agency(), "category", "POLICY_INTERPRETATION")))
                .append("条。");
        paragraphs.add(new Paragraph(null, sites.toString()));

        supplementSentences().ifPresent(text -> paragraphs.add(new Paragraph(null, text)));
        return paragraphs;
    }

    private DisclosureFigures ownPrevious() {
        return in.ownPrevious().disclosure();
    }

    private Optional<String> supplementSentences() {
        Optional<Supplement> submitted = supplement(Supplement.PROVINCE_SUBMITTED);
        Optional<Supplement> adopted = supplement(Supplement.PROVINCE_ADOPTED);
        StringBuilder s = new StringBuilder();
        if (submitted.isPresent()) {
            Supplement sub = submitted.get();
            s.append("共").append(sub.label()).append(sub.text()).append(unit(sub));
            supplementRow(sub, null);
            if (adopted.isPresent()) {
                Supplement ad = adopted.get();
                String rate = percent.of(ad.value(), sub.value());
                s.append("，采用").append(ad.text()).append(unit(ad));
                if (rate != null) {
                    s.append("，采用率为").append(rate);
                }
                supplementRow(ad, rate);
            }
            s.append("。");
        } else if (adopted.isPresent()) {
            Supplement ad = adopted.get();
            s.append(ad.label()).append(ad.text()).append(unit(ad)).append("。");
            supplementRow(ad, null);
        }
        for (Supplement other : in.supplements()) {
            if (other.key().equals(Supplement.PROVINCE_SUBMITTED) || other.key().equals(Supplement.PROVINCE_ADOPTED)) {
                continue;
            }
            s.append(other.label()).append(other.text()).append(unit(other)).append("。");
            supplementRow(other, null);
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s.toString());
    }

    private Optional<Supplement> supplement(String key) {
        return in.supplements().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static String unit(Supplement s) {
        return s.unit() == null ? "" : s.unit();
    }

    private void supplementRow(Supplement s, String share) {
        figureRows.add(new Row("SUPPLEMENT_" + s.key(), s.label(), 0, List.of(
                new Cell("VALUE", s.text(), null, null, null), new Cell("SHARE", share == null ? "—" : share, null, null, null))));
    }

    // ---- 三、依申请公开 -----------------------------------------------------------------------------------------

    private List<Paragraph> requests() {
        ApplicationFigures a = in.current().application();
        ApplicationFigures p = in.previous().application();
        String subject = subject();
        List<Paragraph> paragraphs = new ArrayList<>();
        String year = String.valueOf(in.year());

        long received = a.received().totalByApplicant();
        StringBuilder s = new StringBuilder();
        s.append(subject).append("共受理政府信息公开申请")
                .append(figure("RECEIVED", "受理政府信息公开申请", received, p.received().totalByApplicant(), null,
                        in.links().requests("receivedYear", year)))
                .append("件");
        if (received > 0) {
            List<Long> counts = new ArrayList<>();
            for (String[] channel : REQUEST_CHANNELS) {
                counts.add(a.received().channel(channel[0]));
            }
            long otherChannels = a.received().totalByChannel() - counts.stream().mapToLong(Long::longValue).sum();
            if (otherChannels > 0) {
                counts.add(otherChannels);
            }
            List<String> shares = percent.shares(counts, received);
            s.append("，从申请渠道看");
            for (int i = 0; i < counts.size(); i++) {
                boolean known = i < REQUEST_CHANNELS.length;
                String code = known ? REQUEST_CHANNELS[i][0] : "OTHER_CHANNELS";
                String label = known ? REQUEST_CHANNELS[i][1] : "通过其他形式申请";
                long before = known ? p.received().channel(code) : 0;
                String link = known ? in.links().requests("receivedYear", year, "channel", code) : in.links().requests("receivedYear", year);
                s.append(i == 0 ? "，" : "；").append(label).append(figure("RECEIVED_" + code, label, counts.get(i), before, shares.get(i), link))
                        .append("件，占").append(shares.get(i));
            }
        }
        s.append("。");
        paragraphs.add(new Paragraph("（一）申请情况", s.toString()));

        long answered = a.concluded().total();
        long carriedForward = a.carriedForward().totalByApplicant();
        StringBuilder h = new StringBuilder();
        h.append("答复政府信息公开申请")
                .append(figure("ANSWERED", "答复政府信息公开申请", answered, p.concluded().total(), null,
                        in.links().requests("concludedYear", year)))
                .append("件（含上年度结转申请）");
        if (carriedForward > 0) {
            h.append("，另有").append(figure("CARRIED_FORWARD", "结转下年度继续办理", carriedForward,
                    p.carriedForward().totalByApplicant(), null, in.links().requests("openAtYearEnd", year))).append("件结转下年度继续办理");
        }
        h.append("。");
        List<Long> counts = CATEGORIES.stream().map(c -> a.concluded().count(c.outcomes())).toList();
        long disclosed = 0;
        long refused = 0;
        for (int i = 0; i < CATEGORIES.size(); i++) {
            if (DISCLOSED_CATEGORIES.contains(CATEGORIES.get(i).code())) {
                disclosed += counts.get(i);
            } else if (CATEGORIES.get(i).code().equals("WITHHELD")) {
                refused = counts.get(i);
            }
        }
        String rate = percent.of(disclosed, disclosed + refused);
        if (rate != null) {
            h.append("其中，除去“不属于本行政机关公开”、“申请信息不存在”、“告知作出更改补充”等情况，在可以答复是否公开的情形中，实际公开比例为")
                    .append(rate).append("。");
            figureRows.add(new Row("ACTUAL_DISCLOSURE_RATE", "实际公开比例", 0, List.of(
                    new Cell("VALUE", String.valueOf(disclosed), null, null, null),
                    new Cell("SHARE", rate, null, null, null))));
        }
        if (answered > 0) {
            List<String> shares = percent.shares(counts, answered);
            h.append("在答复中，");
            for (int i = 0; i < CATEGORIES.size(); i++) {
                Category c = CATEGORIES.get(i);
                List<String> filters = new ArrayList<>(List.of("concludedYear", year));
                c.outcomes().forEach(o -> filters.addAll(List.of("outcome", o)));
                h.append(i == 0 ? "" : "；").append("“").append(c.label()).append("”")
                        .append(figure("ANSWERED_" + c.code(), c.label(), counts.get(i),
                                p.concluded().count(c.outcomes()), shares.get(i), in.links().requests(filters.toArray(new String[0]))))
                        .append("件，占总数").append(shares.get(i));
            }
            h.append("。");
        }
        paragraphs.add(new Paragraph("（二）申请处理情况", h.toString()));

        Fees fees = a.fees();
        String feeText;
        if (fees.requestsCharged() == 0 && fees.amountYuan().signum() == 0) {
            feeText = in.year() + "年，" + subject + "对依申请提供政府信息未收取检索、复印、邮寄等费用。";
        } else {
            feeText = in.year() + "年，" + subject + "依申请提供政府信息收取检索、复印、邮寄等费用" + fees.requestsCharged()
                    + "件，共计" + fees.amountYuan().toPlainString() + "元。";
        }
        figureRows.add(new Row("FEES_YUAN", "依申请收费（元）", 0, List.of(
                new Cell("VALUE", fees.amountYuan().toPlainString(), p.fees().amountYuan().toPlainString(),
                        Cells.signed(fees.amountYuan().subtract(p.fees().amountYuan())), null),
                new Cell("SHARE", "—", null, null, null))));
        paragraphs.add(new Paragraph("（三）依申请收费及减免情况", feeText));
        return paragraphs;
    }

    // ---- 四、复议诉讼投诉 ---------------------------------------------------------------------------------------

    private List<Paragraph> appeals() {
        AppealsFigures a = in.current().appeals();
        AppealsFigures p = in.previous().appeals();
        String subject = subject();
        List<Paragraph> paragraphs = new ArrayList<>();

        long recUpheld = a.reconsideration("UPHELD");
        long recCorrected = a.reconsideration("CORRECTED");
        long recOther = a.reconsideration("OTHER") + a.reconsideration("PENDING");
        paragraphs.add(new Paragraph(null, subject + "共受理政府信息公开行政复议申请"
                + figure("RECONSIDERATIONS", "行政复议", recUpheld + recCorrected + recOther,
                        p.reconsideration("UPHELD") + p.reconsideration("CORRECTED") + p.reconsideration("OTHER") + p.reconsideration("PENDING"),
                        null, in.links().reconsiderations())
                + "件。其中，被维持具体行政行为"
                + figure("RECONSIDERATIONS_UPHELD", "行政复议 维持具体行政行为", recUpheld, p.reconsideration("UPHELD"), null,
                        in.links().reconsiderations("UPHELD"))
                + "件，被依法纠错"
                + figure("RECONSIDERATIONS_CORRECTED", "行政复议 被依法纠错", recCorrected, p.reconsideration("CORRECTED"), null,
                        in.links().reconsiderations("CORRECTED"))
                + "件，其他情形"
                + figure("RECONSIDERATIONS_OTHER", "行政复议 其他情形", recOther,
                        p.reconsideration("OTHER") + p.reconsideration("PENDING"), null, in.links().reconsiderations("OTHER", "PENDING"))
                + "件。"));

        long lawUpheld = lawsuits(a, "UPHELD");
        long lawCorrected = lawsuits(a, "CORRECTED");
        long lawOther = lawsuits(a, "OTHER") + lawsuits(a, "PENDING");
        long lawBefore = lawsuits(p, "UPHELD") + lawsuits(p, "CORRECTED") + lawsuits(p, "OTHER") + lawsuits(p, "PENDING");
        paragraphs.add(new Paragraph(null, subject + "因政府信息公开被提起行政诉讼"
                + figure("LAWSUITS", "行政诉讼", lawUpheld + lawCorrected + lawOther, lawBefore, null, in.links().lawsuits(null))
                + "件，其中，被维持具体行政行为或者驳回原告诉讼请求"
                + figure("LAWSUITS_UPHELD", "行政诉讼 维持具体行政行为或者驳回原告诉讼请求", lawUpheld, lawsuits(p, "UPHELD"), null,
                        in.links().lawsuits(null, "UPHELD"))
                + "件，被依法纠错"
                + figure("LAWSUITS_CORRECTED", "行政诉讼 被依法纠错", lawCorrected, lawsuits(p, "CORRECTED"), null,
                        in.links().lawsuits(null, "CORRECTED"))
                + "件，其他情形"
                + figure("LAWSUITS_OTHER", "行政诉讼 其他情形", lawOther, lawsuits(p, "OTHER") + lawsuits(p, "PENDING"), null,
                        in.links().lawsuits(null, "OTHER", "PENDING"))
                + "件。"));

        paragraphs.add(new Paragraph(null, subject + "受理政府信息公开举报投诉"
                + figure("COMPLAINTS", "举报投诉", a.complaints(), p.complaints(), null, in.links().complaints()) + "件。"));
        return paragraphs;
    }

    private static long lawsuits(AppealsFigures a, String result) {
        return a.lawsuit("DIRECT", result) + a.lawsuit("AFTER_RECONSIDERATION", result);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Records the figure in the figures table and returns its printed text for the sentence. */
    private String figure(String code, String label, long value, long previous, String share, String link) {
        // the portal's own figures list one agency; every other figure lists the scope, which a large scope cannot put
        // in a URL: those link to the per-agency contributions instead
        String printed = SINGLE_AGENCY_FIGURES.contains(code) ? link : in.links().cell(FIGURES_TABLE, code, "VALUE", () -> link);
        figureRows.add(new Row(code, label, 0, List.of(
                Cells.of("VALUE", value, previous, printed),
                new Cell("SHARE", share == null ? "—" : share, null, null, null))));
        return String.valueOf(value);
    }

    /** Who the sentences speak of: "本市各级行政机关" for a city's subtree, "本机关" for the agency alone. */
    private String subject() {
        if (in.scope() == ReportScope.SELF) {
            return "本机关";
        }
        String name = in.agencyName();
        int i = name.indexOf("人民政府");
        if (i > 0 && "市县区镇乡".indexOf(name.charAt(i - 1)) >= 0) {
            return "本" + name.charAt(i - 1) + "各级行政机关";
        }
        return "本机关及所属各级行政机关";
    }
}
