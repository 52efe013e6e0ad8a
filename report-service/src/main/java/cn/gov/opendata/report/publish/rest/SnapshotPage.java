package cn.gov.opendata.report.publish.rest;

import java.util.List;

public record SnapshotPage(List<SnapshotView> items, int page, int size, long total) {
}
