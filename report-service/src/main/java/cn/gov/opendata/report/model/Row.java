package cn.gov.opendata.report.model;

import java.util.List;

/** A table row: its code ("RECEIVED", "WITHHELD_STATE_SECRET"), label, indentation level (0 = top) and cells. */
public record Row(String code, String label, int level, List<Cell> cells) {
}
