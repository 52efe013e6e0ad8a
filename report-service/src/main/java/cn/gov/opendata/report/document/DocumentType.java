package cn.gov.opendata.report.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The representations a report is rendered to, each with its media type and file suffix. */
@Schema(description = "文档类型 A rendering of the report: HTML 网页（可打印A4） · DOCX Word文档 · XLSX Excel表格（每表一页） · MARKDOWN Markdown文本 · JSON JSON数据")
public enum DocumentType {
    HTML("text/html", "html", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
    PDF("application/pdf", "pdf", false),
    MARKDOWN("text/markdown", "md", true),
    JSON("application/json", "json", false);

    private final String mediaType;
    private final String extension;
    private final boolean text;

    DocumentType(String mediaType, String extension, boolean text) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.text = text;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text types say their charset, since the bytes are always UTF-8. */
    public String contentType() {
        return text ? mediaType + ";charset=UTF-8" : mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Office files are downloaded; the others (the PDF too) can be shown by the browser. */
    public boolean attachment() {
        return this == DOCX || this == XLSX;
    }

    public static Optional<DocumentType> fromExtension(String suffix) {
        if (suffix == null) {
            return Optional.empty();
        }
        String wanted = suffix.startsWith(".") ? suffix.substring(1) : suffix;
        return Arrays.stream(values()).filter(t -> t.extension.equalsIgnoreCase(wanted)).findFirst();
    }

    public static Optional<DocumentType> fromMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /**
     * The document type an {@code Accept} header prefers: the listed type with the highest quality that is one of
     * ours (ties go to the one listed first). Wildcards name no particular document, so they give empty, as does a
     * header that names none of our types.
     */
    public static Optional<DocumentType> fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        DocumentType best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            Optional<DocumentType> type = fromMediaType(parts[0]);
            if (type.isEmpty()) {
                continue;
            }
            double quality = qualityOf(parts);
            if (quality > bestQuality) {
                best = type.get();
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double qualityOf(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(pair[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
