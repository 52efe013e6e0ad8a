package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Cell;
import cn.gov.opendata.report.model.Column;
import cn.gov.opendata.report.model.Paragraph;
import cn.gov.opendata.report.model.Report;
import cn.gov.opendata.report.model.ReportTable;
import cn.gov.opendata.report.model.Row;
import cn.gov.opendata.report.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    private Document parse(Report report) {
        return Jsoup.parse(new String(renderer.render(report), StandardCharsets.UTF_8));
    }

    @Test
    void pageIsPrintableA4WithChineseSerifFonts() {
        Document page = parse(SampleReports.national("t-html", 2021));
        String css = page.select("head style").html();
        assertTrue(css.contains("@page { size: A4"), css);
        assertTrue(css.contains("\"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif"), css);
        assertTrue(css.contains("@media print"), css);
        assertEquals("zh-CN", page.select("html").attr("lang"));
        assertEquals("测试市人民政府2021年政府信息公开工作年度报告", page.select("h1").text());
        assertEquals("测试市人民政府2021年政府信息公开工作年度报告", page.title());
    }

    @Test
    void sectionsAreHeadedWithTheirChineseOrdinals() {
        Document page = parse(SampleReports.national("t-html", 2021));
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "报告检查结果"),
                page.select("h2").eachText());
        assertEquals("（一）主动公开", page.select("section#OVERVIEW h3").text());
        assertEquals(2, page.select("section#PROBLEMS p").size(), "one <p> per line of a narrative");
    }

    @Test
    void untitledOrdinalIsAddedWhenTheSectionTitleHasNone() {
        Report plain = withSections(SampleReports.legacy("t-html", 2018),
                List.of(new Section("A", "总体情况", List.of(new Paragraph(null, "文字")), List.of()),
                        new Section("B", "二、主动公开", List.of(), List.of())));
        assertEquals(List.of("一、总体情况", "二、主动公开"), parse(plain).select("h2").eachText());
    }

    @Test
    void tableThreeHasTheOfficialHeaderUnderApplicants() {
        Element table = parse(SampleReports.national("t-html", 2021)).selectFirst("table#TABLE_3");
        assertNotNull(table);
        Elements headerRows = table.select("thead tr");
        assertEquals(3, headerRows.size());
        Elements top = headerRows.get(0).select("th");
        assertEquals(List.of(SampleReports.CORNER_NOTE, "申请人情况"), top.eachText(), "the corner note exactly as printed");
        assertEquals("3", top.get(0).attr("rowspan"), "the corner note spans the three header rows");
        assertEquals("7", top.get(1).attr("colspan"), "申请人情况 spans all seven columns");
        Elements middle = headerRows.get(1).select("th");
        assertEquals(List.of("自然人", "法人或其他组织", "总计"), middle.eachText());
        assertEquals("2", middle.get(0).attr("rowspan"));
        assertEquals("5", middle.get(1).attr("colspan"));
        assertEquals("2", middle.get(2).attr("rowspan"));
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), headerRows.get(2).select("th").eachText());
    }

    @Test
    void tableThreeHoldsTheFiguresWithLinksToTheirRecords() {
        Element table = parse(SampleReports.national("t-html", 2021)).selectFirst("table#TABLE_3");
        Element received = table.selectFirst("tr[data-row=RECEIVED]");
        assertEquals("一、本年新收政府信息公开申请数量", received.selectFirst("td.label").text());
        Element natural = received.selectFirst("td[data-column=NATURAL_PERSON]");
        assertEquals("57", natural.text());
        assertEquals(SampleReports.LINK_BASE + "t-html&row=RECEIVED&applicant=NATURAL_PERSON", natural.selectFirst("a").attr("href"));
        assertEquals("66", received.selectFirst("td[data-column=TOTAL]").text());
        assertEquals("57", table.selectFirst("tr[data-row=CONCLUDED_TOTAL] td[data-column=TOTAL]").text());
        assertEquals(25, table.select("tbody tr").stream().filter(r -> r.select("td.num").size() == 7).count(),
                "table 三 has 25 rows of figures");
    }

    @Test
    void rowLabelsAreIndentedByLevelAndHeadingRowsSpanTheTable() {
        Element table = parse(SampleReports.national("t-html", 2021)).selectFirst("table#TABLE_3");
        assertTrue(table.selectFirst("tr[data-row=RECEIVED] td.label").hasClass("indent0"));
        assertTrue(table.selectFirst("tr[data-row=DISCLOSED] td.label").hasClass("indent1"));
        assertTrue(table.selectFirst("tr[data-row=NOT_HELD] td.label").hasClass("indent2"));
        assertTrue(table.select("[style]").isEmpty(), "no inline styles: the page's style sheet lays out every cell");
        Element heading = table.selectFirst("tr[data-row=RESULTS] td");
        assertEquals("8", heading.attr("colspan"));
        assertEquals("三、本年度办理结果", heading.text());
    }

    @Test
    void tableTwoIsFourSmallTablesEachWithItsOwnHeader() {
        Element set = parse(SampleReports.national("t-html", 2021)).selectFirst("#TABLE_2");
        Elements tables = set.select("table");
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
                tables.stream().map(t -> t.selectFirst("caption").text()).toList());
        assertEquals(List.of("", "本年制发件数", "本年废止件数", "现行有效件数"), texts(tables.get(0).select("thead th")));
        assertEquals(List.of("", "本年处理决定数量"), texts(tables.get(1).select("thead th")));
        assertEquals(List.of("", "本年收费金额（单位：万元）"), texts(tables.get(3).select("thead th")));
        Element rules = tables.get(0).selectFirst("tr[data-row=RULES]");
        assertEquals(List.of("规章", "/", "/", "/"), rules.select("td").stream().map(Element::text).toList(),
                "'/' (does not apply) and no blank cells of other blocks");
        assertEquals("35.60", set.selectFirst("tr[data-row=FEES] td[data-column=FEES]").text());
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void tableFourHasLawsuitsSpanningItsTwoGroups() {
        Element table = parse(SampleReports.national("t-html", 2021)).selectFirst("table#TABLE_4");
        Elements rows = table.select("thead tr");
        assertEquals(3, rows.size());
        assertEquals(List.of("行政复议", "行政诉讼"), rows.get(0).select("th[colspan]").eachText());
        assertEquals(List.of("5", "10"), rows.get(0).select("th[colspan]").eachAttr("colspan"));
        assertEquals(List.of("未经复议直接起诉", "复议后起诉"), rows.get(1).select("th[colspan=5]").eachText());
        assertEquals(5, rows.get(1).select("th[rowspan=2]").size(), "the reconsideration results span down");
        assertEquals(10, rows.get(2).select("th").size());
    }

    @Test
    void checksAreListedAtTheEnd() {
        Elements checks = parse(SampleReports.national("t-html", 2021)).select("section.checks li");
        assertEquals(1, checks.size());
        assertTrue(checks.text().contains("警告"));
        assertTrue(checks.text().contains("CARRIED_OVER_MISMATCH"));
    }

    @Test
    void reportWithoutChecksHasNoCheckSection() {
        assertTrue(parse(SampleReports.legacy("t-html", 2018)).select("section.checks").isEmpty());
    }

    @Test
    void legacyReportIsParagraphsOnly() {
        Document page = parse(SampleReports.legacy("t-html", 2018));
        assertTrue(page.select("table").isEmpty());
        assertTrue(page.text().contains("占 57.36%"));
        assertEquals(List.of("（一）申请情况", "（二）答复情况"), page.select("section#REQUESTS h3").eachText());
    }

    @Test
    void tableNoSectionNamesIsPrintedAsAnAppendix() {
        Document page = parse(SampleReports.legacyWithFigures("t-html", 2018));
        assertEquals("附表", page.select("h2").last().text());
        Element table = page.selectFirst("section#APPENDIX table#LEGACY_FIGURES");
        assertNotNull(table);
        assertEquals("57.36%", table.selectFirst("tr[data-row=RECEIVED_ONLINE] td[data-column=SHARE]").text());
    }

    @Test
    void everyTextIsEscaped() {
        Report base = SampleReports.national("t-html", 2021);
        String hostile = "<script>alert('x')</script> & \"引号\"";
        ReportTable table = new ReportTable("T<1>", hostile, List.of(new Column("C", hostile, hostile)),
                List.of(new Row("R\"", hostile, 0, List.of(new Cell("C", "<b>9</b>", null, null, "javascript:alert(1)")))), hostile);
        Report report = new Report(base.agency(), hostile, base.year(), base.format(), base.scope(), hostile,
                List.of(new Section("S", hostile, List.of(new Paragraph(hostile, hostile)), List.of("T<1>"))),
                List.of(table), base.checks(), base.sources(), base.settings(), base.generatedAt());
        String html = new String(renderer.render(report), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>9"), html);
        assertFalse(html.contains("javascript:"), "only web links are printed as links");
        Document page = Jsoup.parse(html);
        assertEquals(hostile, page.selectFirst("h1").text());
        assertEquals(hostile, page.selectFirst("h3").text());
        assertEquals("<b>9</b>", page.selectFirst("td.num").text());
        assertTrue(page.select("script").isEmpty());
    }

    private static Report withSections(Report base, List<Section> sections) {
        return new Report(base.agency(), base.agencyName(), base.year(), base.format(), base.scope(), base.title(),
                sections, base.tables(), base.checks(), base.sources(), base.settings(), base.generatedAt());
    }
}
