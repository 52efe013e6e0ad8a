package cn.gov.opendata.report.publish.service;

import cn.gov.opendata.report.document.DocumentType;

/** A stored document without its bytes. */
public record DocumentMeta(long publishedReportId, DocumentType type, String mediaType, String sha256, long size) {
}
