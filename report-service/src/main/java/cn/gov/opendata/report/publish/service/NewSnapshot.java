package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.model.ReportSettings;

import java.util.Map;

/** Everything a publication stores, prepared (assembled and rendered) before the transaction starts. */
public record NewSnapshot(
        String agencyName,
        String title,
        ReportSettings settings,
        String publishedBy,
        byte[] json,
        String jsonSha256,
        String contentSha256,
        Map<DocumentType, byte[]> documents) {
}
