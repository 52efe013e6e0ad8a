package cn.gov.opendata.report.narrative.rest;

import cn.gov.opendata.report.narrative.Narrative;
import cn.gov.opendata.report.narrative.NarrativeSection;

import java.time.OffsetDateTime;

public record NarrativeView(String agency, int year, NarrativeSection section, String text, long version, OffsetDateTime updatedAt) {

    public static NarrativeView of(Narrative n) {
        return new NarrativeView(n.agencyCode, n.year, n.section, n.text, n.version, n.updatedAt);
    }
}
