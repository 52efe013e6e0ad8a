package cn.gov.opendata.report.document;

import cn.gov.opendata.platform.pdf.HtmlToPdf;
import cn.gov.opendata.report.model.Report;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The report as a PDF for publishing: the HTML page (same sections, tables and header merges) laid out on A4 by
 * openhtmltopdf, with the Chinese fonts embedded as subsets, real text (searchable, copyable) and the page number
 * centred in the footer ("— 1 —", as GB/T 9704 prints it). Source links are left out: they lead into the platform.
 */
@ApplicationScoped
public class PdfRenderer implements DocumentRenderer {

    private static final String PDF_STYLE = """
            @page { size: A4; margin: 25mm 20mm 22mm 20mm;
                    @bottom-center { content: "— " counter(page) " —"; font-family: "%1$s", "%2$s"; font-size: 10pt; } }
            body { font-family: "%1$s", "%2$s"; max-width: none; padding: 0; margin: 0; }
            h1, h2, caption, .table-title { font-family: "%2$s", "%1$s"; font-weight: normal; }
            h3 { font-family: "%2$s", "%1$s"; font-weight: normal; }
            code { font-family: "%1$s", "%2$s"; }
            table { font-size: 9pt; -fs-table-paginate: paginate; }
            thead th { min-width: 2.6em; }
            th.corner { font-size: 7.5pt; min-width: 8em; }
            td.label { min-width: 3em; }
            a, a:visited { color: inherit; text-decoration: none; }
            .checks { page-break-before: always; }
            """.formatted(HtmlToPdf.SERIF_FAMILY, HtmlToPdf.SANS_FAMILY);

    private final HtmlRenderer html = new HtmlRenderer();

    @Override
    public DocumentType type() {
        return DocumentType.PDF;
    }

    @Override
    public byte[] render(Report report) {
        return HtmlToPdf.render(html.html(report, false, PDF_STYLE), "opendata report-service");
    }
}
