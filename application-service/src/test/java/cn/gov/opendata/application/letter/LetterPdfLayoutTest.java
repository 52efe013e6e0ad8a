package cn.gov.opendata.application.letter;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page a letter's PDF is laid out from: the DOCX's paragraphs in order, with their alignment, as safe XHTML. */
class LetterPdfLayoutTest {

    @Test
    void theDocxParagraphsBecomeThePageInOrderWithTheirAlignmentAndMarkupEscaped() {
        LetterText letter = new LetterText("政府信息公开申请答复书", "依申请公开〔2024〕第7号", "张三：",
                List.of("理由：<b>第3项</b> & 第4项涉及他人个人隐私", "如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议。"),
                "某县人民政府", LocalDate.of(2024, 3, 20));
        String page = LetterPdf.html(LetterDocx.render(letter));

        assertTrue(page.contains("<h1>政府信息公开申请答复书</h1>"), page);
        assertTrue(page.contains("<p class=\"center\">依申请公开〔2024〕第7号</p>"), page);
        assertTrue(page.contains("<p class=\"left\">张三：</p>"), page);
        assertTrue(page.contains("<p class=\"both indent\">理由：&lt;b&gt;第3项&lt;/b&gt; &amp; 第4项涉及他人个人隐私</p>"), page);
        assertTrue(page.contains("<p class=\"right\">某县人民政府</p><p class=\"right\">2024年3月20日</p>"), page);
        assertTrue(page.indexOf("张三：") < page.indexOf("理由：") && page.indexOf("理由：") < page.indexOf("60日内"), "in order");
        assertTrue(page.contains("<p class=\"right blank\"></p>"), "the blank line before the signature stays");
        assertFalse(LetterPdf.escape("a\u0001b\u0008c").contains("\u0001"), "a control character would break the XHTML");
        assertTrue(page.contains("size: A4"));
    }
}
