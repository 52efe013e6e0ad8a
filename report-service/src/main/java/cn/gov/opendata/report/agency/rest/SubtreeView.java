package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.report.agency.SubtreeEntry;

import java.util.List;

/** The flat, depth-first listing of a subtree. */
public record SubtreeView(String root, List<SubtreeEntry> items, int total) {
}
