package cn.gov.opendata.report.publish.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published revision and its report. The report is the stored JSON inserted verbatim, never re-serialised, so it
 * stays what was published even if the report model changes later.
 */
public record PublishedReportView(
        SnapshotView snapshot,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The report JSON as published") String report) {
}
