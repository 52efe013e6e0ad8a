package cn.gov.opendata.report.narrative.rest;

import java.util.List;

public record FiguresView(String agency, int year, List<FigureView> figures) {

    /** A stored figure; the value printed as entered (a string, like all decimals on the wire). */
    public record FigureView(String key, String label, String value, String unit) {
    }
}
