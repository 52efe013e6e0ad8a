package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.document.DocumentType;
import cn.gov.opendata.report.model.ReportSettings;

import java.util.Map;

/**
 * Everything a publication stores, prepared (assembled and rendered) before the transaction starts: the revision its
 * links were rendered for, and the per-agency contributions of its linked figures as they are now.
 */
public record NewSnapshot(
        String agencyName,
        String title,
        ReportSettings settings,
        String publishedBy,
        byte[] json,
        String jsonSha256,
        String contentSha256,
        Map<DocumentType, byte[]> documents,
        int revision,
        Map<FrozenLinks.Figure, byte[]> contributions) {
}
