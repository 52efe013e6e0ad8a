package cn.gov.opendata.report.publish.rest;

import cn.gov.opendata.report.document.DocumentType;

/** One stored document of a published revision: where to get it, how big it is and its SHA-256 (hex). */
public record DocumentView(DocumentType type, String mediaType, long size, String sha256, String href) {
}
