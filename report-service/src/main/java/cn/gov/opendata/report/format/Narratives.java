package cn.gov.opendata.report.format;

import cn.gov.opendata.report.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Narrative text → paragraphs: one per non-blank line, so authors can write as they would in a document. */
final class Narratives {

    private Narratives() {
    }

    static List<Paragraph> paragraphs(Map<String, String> narratives, String section) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String text = narratives == null ? null : narratives.get(section);
        if (text == null) {
            return paragraphs;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(null, line.strip()));
            }
        }
        return paragraphs;
    }
}
