package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.Report;

/** Turns an assembled report into the bytes of one document type. Renderers never change figures, only layout. */
public interface DocumentRenderer {

    DocumentType type();

    byte[] render(Report report);
}
