package cn.gov.opendata.application.request.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The keys asked about that name no request counted here (none on record, or a voided registration), in asked order. */
@Schema(description = "未登记（或登记已作废）的申请 The keys naming no counted request")
public record UnknownRequests(List<RequestKey> unknown) {
}
