package cn.gov.opendata.report.agency.rest;

import cn.gov.opendata.report.agency.AgencyKind;
import cn.gov.opendata.report.agency.SubtreeEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A subtree as nested nodes. */
public record TreeNode(String code, String name, AgencyKind kind, int depth, List<TreeNode> children) {

    /** Builds the nesting from a depth-first listing whose first entry is the root. */
    public static TreeNode of(List<SubtreeEntry> entries) {
        Map<String, TreeNode> nodes = new HashMap<>();
        TreeNode root = null;
        for (SubtreeEntry e : entries) {
            TreeNode node = new TreeNode(e.code(), e.name(), e.kind(), e.depth(), new ArrayList<>());
            nodes.put(e.code(), node);
            if (root == null) {
                root = node;
            } else {
                nodes.get(e.parent()).children().add(node);
            }
        }
        return root;
    }
}
