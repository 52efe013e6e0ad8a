package cn.gov.opendata.report.format;

import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.client.AppealsFigures;
import cn.gov.opendata.report.client.ApplicationFigures;
import cn.gov.opendata.report.client.ConcludedCounts;
import cn.gov.opendata.report.client.DisclosureFigures;
import cn.gov.opendata.report.client.Fees;
import cn.gov.opendata.report.client.RequestCounts;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.ReportScope;
import cn.gov.opendata.report.model.ReportSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legacy format's sentences from hand-made sums, without any service. */
class LegacyFormatTest {

    private static final FigureLinks LINKS = new FigureLinks("http://d", "http://a", "http://p", List.of("zk"), 2018);

    private static ScopeFigures seed() {
        DisclosureFigures d = new DisclosureFigures(83836,
                Map.of("GAZETTE", 305L, "WEBSITE", 56288L, "WEIBO", 2054L, "WECHAT", 2354L, "OTHER", 28275L),
                Map.of("POLICY_INTERPRETATION", 468L), null, null, null);
        ApplicationFigures a = new ApplicationFigures(
                new RequestCounts(Map.of("ONLINE", 148L, "LETTER", 67L, "IN_PERSON", 42L, "FAX", 1L), Map.of("NATURAL_PERSON", 258L)),
                new RequestCounts(null, Map.of("NATURAL_PERSON", 5L)),
                new ConcludedCounts(Map.ofEntries(
                        Map.entry("ALREADY_PUBLIC", Map.of("NATURAL_PERSON", 75L)),
                        Map.entry("DISCLOSED", Map.of("NATURAL_PERSON", 114L)),
                        Map.entry("PARTIALLY_DISCLOSED", Map.of("NATURAL_PERSON", 14L)),
                        Map.entry("WITHHELD_STATE_SECRET", Map.of("NATURAL_PERSON", 1L)),
                        Map.entry("EXCESSIVE_REQUESTS", Map.of("NATURAL_PERSON", 5L)),
                        Map.entry("NOT_HELD", Map.of("NATURAL_PERSON", 9L)),
                        Map.entry("NOT_THIS_AGENCY", Map.of("NATURAL_PERSON", 15L)),
                        Map.entry("ABANDONED_NO_CORRECTION", Map.of("NATURAL_PERSON", 4L)),
                        Map.entry("SPECIAL_INQUIRY_PROCEDURE", Map.of("NATURAL_PERSON", 6L)),
                        Map.entry("ABANDONED_NO_FEE", Map.of("NATURAL_PERSON", 10L)))),
                new RequestCounts(null, Map.of("NATURAL_PERSON", 10L)), null, null);
        AppealsFigures ap = new AppealsFigures(Map.of("UPHELD", 53L, "CORRECTED", 9L, "OTHER", 36L),
                Map.of("DIRECT", Map.of("UPHELD", 74L, "CORRECTED", 2L, "PENDING", 10L)), 647);
        return new ScopeFigures(d, a, ap);
    }

    private static String text(FormatOutput out) {
        return out.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    private static FormatInput input(ScopeFigures current, ReportScope scope, List<Supplement> supplements) {
        ScopeFigures own = new ScopeFigures(new DisclosureFigures(6034, Map.of("WEBSITE", 6034L),
                Map.of("POLICY_INTERPRETATION", 368L), null, null, null), ApplicationFigures.EMPTY, AppealsFigures.EMPTY);
        return new FormatInput("zk", "周口市人民政府", AgencyKind.GOVERNMENT, 2018, scope, ReportSettings.defaults(), current,
                ScopeFigures.EMPTY, own, ScopeFigures.EMPTY, Map.of("PROBLEMS", "一是……\n二是……"), supplements, LINKS,
                NationalTables.compute(current), NationalTables.compute(ScopeFigures.EMPTY));
    }

    @Test
    void seedFiguresAndPercentages() {
        String all = text(LegacyFormat.render(input(seed(), ReportScope.SUBTREE, List.of(
                new Supplement("PROVINCE_SUBMITTED", "向省政府报送信息", new BigDecimal("1764"), "条"),
                new Supplement("PROVINCE_ADOPTED", "被省政府采用信息", new BigDecimal("1666"), "条")))));
        for (String s : List.of("83836条", "通过政府公报公开政府信息305条", "56288条", "门户网站公开6034条", "网站公开50254条",
                "2054条", "2354条", "28275条", "政策解读类信息368条", "1764条，采用1666条，采用率为94.44%", "258件",
                "通过网络申请148件，占57.36%", "通过信函申请67件，占25.96%", "当面申请42件，占16.27%", "通过传真申请1件，占0.38%",
                "答复政府信息公开申请253件", "实际公开比例为97.12%", "“属于已主动公开范围”75件，占总数29.64%",
                "“同意公开”114件，占总数45.05%", "“同意部分公开”14件，占总数5.53%", "“不同意公开”6件，占总数2.37%",
                "“申请信息不存在”9件，占总数3.55%", "“不属于本行政机关公开”15件，占总数5.92%", "“告知作出更改补充”4件，占总数1.58%",
                "“告知通过其他途径办理”16件，占总数6.32%", "行政复议申请98件", "被维持具体行政行为53件，被依法纠错9件，其他情形36件",
                "行政诉讼86件", "驳回原告诉讼请求74件，被依法纠错2件，其他情形10件", "举报投诉647件", "另有10件结转下年度继续办理",
                "未收取检索、复印、邮寄等费用", "一是……", "二是……")) {
            assertTrue(all.contains(s), "missing " + s + " in\n" + all);
        }
    }

    @Test
    void zeroDenominatorsOmitPercentagesInsteadOfFailing() {
        String all = text(LegacyFormat.render(input(ScopeFigures.EMPTY, ReportScope.SELF, List.of(
                new Supplement("PROVINCE_SUBMITTED", "向省政府报送信息", BigDecimal.ZERO, "条"),
                new Supplement("PROVINCE_ADOPTED", "被省政府采用信息", BigDecimal.ZERO, "条")))));
        assertTrue(all.contains("本机关共受理政府信息公开申请0件。"), all);
        assertTrue(all.contains("答复政府信息公开申请0件（含上年度结转申请）。"), all);
        assertFalse(all.contains("%"), all);
        assertFalse(all.contains("实际公开比例"), all);
    }

    @Test
    void feesChargedAreStated() {
        ScopeFigures s = seed();
        ApplicationFigures a = s.application();
        ApplicationFigures charged = new ApplicationFigures(a.received(), a.carriedOver(), a.concluded(), a.carriedForward(),
                null, new Fees(2, new BigDecimal("300.00")));
        String all = text(LegacyFormat.render(input(new ScopeFigures(s.disclosure(), charged, s.appeals()), ReportScope.SUBTREE, List.of())));
        assertTrue(all.contains("收取检索、复印、邮寄等费用2件，共计300.00元"), all);
        assertEquals("本年度收取信息处理费2件，共计300.00元。", NationalFormat.feeSentence(charged.fees()));
        assertEquals("本年度未收取信息处理费。", NationalFormat.feeSentence(Fees.EMPTY));
    }
}
