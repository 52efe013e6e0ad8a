package cn.gov.opendata.report.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String render(cn.gov.opendata.report.model.Report report) {
        return new String(renderer.render(report), StandardCharsets.UTF_8);
    }

    @Test
    void tableThreeIsAGithubTableWithGroupedColumnHeaders() {
        String md = render(SampleReports.national("t-md", 2021));
        assertTrue(md.contains("| " + SampleReports.CORNER_NOTE + " | 自然人 | 法人或其他组织：商业企业 | 法人或其他组织：科研机构 "
                + "| 法人或其他组织：社会公益组织 | 法人或其他组织：法律服务机构 | 法人或其他组织：其他 | 总计 |\n| --- | ---: | ---: |"), md);
        assertFalse(md.contains("注："), "the corner note heads the label column; no stray note lines");
    }

    @Test
    void rowsCarryTheFiguresAndTheirLinks() {
        String md = render(SampleReports.national("t-md", 2021));
        String link = SampleReports.LINK_BASE + "t-md&row=RECEIVED";
        assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 | [57](" + link + "&applicant=NATURAL_PERSON) | [6]("), md);
        assertTrue(md.contains(" | [66](" + link + ") |\n"), md);
        assertTrue(md.contains("| \u3000\u3000 1.属于国家秘密 |".replace(" 1.", "1.")), "level-2 rows are indented");
        assertTrue(md.contains("第二十条第（一）项\n\n| 项目 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | ---: | ---: | ---: |\n"
                + "| \u3000规章 | / | / | / |\n"), md);
        assertTrue(md.contains("第二十条第（八）项\n\n| 项目 | 本年收费金额（单位：万元） |\n| --- | ---: |\n| \u3000行政事业性收费 | 35.60 |\n"), md);
        assertTrue(md.contains("| **三、本年度办理结果** | | | | | | | |"), md);
    }

    @Test
    void everyTableRowHasAsManyCellsAsTheHeader() {
        // label + 7 columns = 8 cells between 9 unescaped pipes
        String md = render(SampleReports.national("t-md", 2021));
        int start = md.indexOf("| " + SampleReports.CORNER_NOTE);
        String table = md.substring(start, md.indexOf("\n\n", start)).strip();
        for (String line : table.split("\n")) {
            assertEquals(10, line.split("(?<!\\\\)\\|", -1).length, line);
        }
    }

    @Test
    void sectionsAreSecondLevelHeadings() {
        String md = render(SampleReports.national("t-md", 2021));
        assertTrue(md.startsWith("# 测试市人民政府2021年政府信息公开工作年度报告\n"));
        assertTrue(md.contains("\n## 三、收到和处理政府信息公开申请情况\n"));
        assertTrue(md.contains("\n## 报告检查结果\n\n- **警告** `CARRIED_OVER_MISMATCH`"));
    }

    @Test
    void legacyReportIsProseOnly() {
        String md = render(SampleReports.legacy("t-md", 2018));
        assertFalse(md.contains("| ---"));
        assertTrue(md.contains("### （一）申请情况\n\n共受理政府信息公开申请 258 件，其中网上申请 148 件，占 57.36%。"));
    }

    @Test
    void aTableNoteHeadsItsLabelColumnInsteadOfTrailingIt() {
        String md = render(SampleReports.legacyWithFigures("t-md", 2018));
        assertTrue(md.contains("| 项目 | 数量 | 占比 |"), md);
        assertFalse(md.contains("注："), md);
    }

    @Test
    void markupInTextIsEscaped() {
        assertEquals("a\\|b \\<script\\> \\*x\\*", MarkdownRenderer.inline("a|b <script> *x*"));
    }
}
