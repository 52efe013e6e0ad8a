package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;

import java.util.Locale;

/** File names for downloads: plain ASCII from the report's key, so every browser and file system keeps them. */
public final class DocumentNames {

    private DocumentNames() {
    }

    public static String fileName(String agency, int year, ReportFormat format, ReportScope scope, Integer revision, DocumentType type) {
        String base = agency + "-" + year + "-" + slug(format.name()) + "-" + slug(scope.name());
        return base + (revision == null ? "" : "-r" + revision) + "." + type.extension();
    }

    public static String contentDisposition(String fileName, DocumentType type) {
        return (type.attachment() ? "attachment" : "inline") + "; filename=\"" + fileName + "\"";
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
