package cn.gov.opendata.application.letter;

import java.time.LocalDate;
import java.util.List;

/** What a letter says, before it is laid out: the DOCX renders exactly this. */
public record LetterText(String title, String documentNumber, String addressee, List<String> paragraphs,
                         String signature, LocalDate date) {
}
