package cn.gov.opendata.report.agency;

/** An agency of a subtree with its depth below the subtree's root (root = 0). */
public record SubtreeEntry(String code, String name, AgencyKind kind, String parent, int depth) {
}
