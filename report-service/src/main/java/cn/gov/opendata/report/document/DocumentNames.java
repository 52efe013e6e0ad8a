package cn.gov.opendata.report.document;

import cn.gov.opendata.report.model.ReportFormat;
import cn.gov.opendata.report.model.ReportScope;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * File names for downloads. Offices name the file after the report's title
 * ("周口市人民政府2025年政府信息公开工作年度报告.docx"); that name travels in {@code filename*} (RFC 5987 UTF-8
 * encoding, RFC 6266), with a plain ASCII name from the report's key in {@code filename} for clients that read only
 * that.
 */
public final class DocumentNames {

    /** RFC 5987 attr-char: what {@code filename*} may carry unencoded. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private DocumentNames() {
    }

    public static String fileName(String agency, int year, ReportFormat format, ReportScope scope, Integer revision, DocumentType type) {
        String base = agency + "-" + year + "-" + slug(format.name()) + "-" + slug(scope.name());
        return base + (revision == null ? "" : "-r" + revision) + "." + type.extension();
    }

    /** The report's title as a file name ("…年度报告（第2版）.pdf"), or null when there is no usable title. */
    public static String officialName(String title, Integer revision, DocumentType type) {
        if (title == null) {
            return null;
        }
        // Characters no file system or browser accepts in a name, and control characters, are dropped.
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        if (safe.isEmpty()) {
            return null;
        }
        return safe + (revision == null ? "" : "（第" + revision + "版）") + "." + type.extension();
    }

    public static String contentDisposition(String asciiName, String officialName, DocumentType type) {
        String value = (type.attachment() ? "attachment" : "inline") + "; filename=\"" + asciiName + "\"";
        return officialName == null ? value : value + "; filename*=UTF-8''" + encode(officialName);
    }

    public static String contentDisposition(String fileName, DocumentType type) {
        return contentDisposition(fileName, null, type);
    }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
