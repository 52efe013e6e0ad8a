package cn.gov.opendata.report.document;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentTypeTest {

    @Test
    void suffixesFindTheirTypes() {
        assertEquals(Optional.of(DocumentType.HTML), DocumentType.fromExtension("html"));
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.fromExtension(".DOCX"));
        assertEquals(Optional.of(DocumentType.XLSX), DocumentType.fromExtension("xlsx"));
        assertEquals(Optional.of(DocumentType.MARKDOWN), DocumentType.fromExtension("md"));
        assertEquals(Optional.of(DocumentType.JSON), DocumentType.fromExtension("json"));
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.fromExtension("pdf"));
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.fromAccept("application/pdf"));
        assertEquals(Optional.empty(), DocumentType.fromExtension("odt"));
        assertEquals(Optional.empty(), DocumentType.fromExtension(null));
    }

    @Test
    void acceptHeaderPicksTheBestQualityKnownType() {
        assertEquals(Optional.of(DocumentType.HTML), DocumentType.fromAccept("text/html"));
        assertEquals(Optional.of(DocumentType.MARKDOWN), DocumentType.fromAccept("application/json;q=0.5, text/markdown"));
        assertEquals(Optional.of(DocumentType.XLSX), DocumentType.fromAccept(
                "text/html;q=0.2, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;q=0.9"));
        assertEquals(Optional.of(DocumentType.HTML), DocumentType.fromAccept("text/html, application/xhtml+xml, */*;q=0.8"));
        assertEquals(Optional.of(DocumentType.HTML), DocumentType.fromAccept("TEXT/HTML; charset=utf-8"));
    }

    @Test
    void wildcardsAndUnknownTypesNameNoDocument() {
        assertEquals(Optional.empty(), DocumentType.fromAccept("*/*"));
        assertEquals(Optional.empty(), DocumentType.fromAccept("text/*, image/png"));
        assertEquals(Optional.empty(), DocumentType.fromAccept(""));
        assertEquals(Optional.empty(), DocumentType.fromAccept("text/html;q=0"));
    }

    @Test
    void textTypesDeclareUtf8() {
        assertEquals("text/html;charset=UTF-8", DocumentType.HTML.contentType());
        assertEquals("text/markdown;charset=UTF-8", DocumentType.MARKDOWN.contentType());
        assertEquals("application/json", DocumentType.JSON.contentType());
    }
}
