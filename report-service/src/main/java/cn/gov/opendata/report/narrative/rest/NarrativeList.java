package cn.gov.opendata.report.narrative.rest;

import java.util.List;

public record NarrativeList(String agency, int year, List<NarrativeView> items) {
}
