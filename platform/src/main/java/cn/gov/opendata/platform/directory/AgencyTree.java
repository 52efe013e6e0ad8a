package cn.gov.opendata.platform.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of the agency directory as code → parent (null for a root): enough to tell a supervisor's subtree.
 * Immutable; a new version of the directory is a new tree.
 */
public final class AgencyTree {

    private final Map<String, String> parents;
    private final String version;
    private final Map<String, List<String>> children = new HashMap<>();
    // a provincial supervisor's list asks for the same 10,000 codes each time: collected once per version
    private final Map<String, Set<String>> subtrees = new ConcurrentHashMap<>();

    public AgencyTree(Map<String, String> parents, String version) {
        this.parents = Collections.unmodifiableMap(new HashMap<>(parents));
        this.version = version;
        parents.forEach((code, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        });
    }

    public String version() {
        return version;
    }

    /** Every code with its parent (null for a root). */
    public Map<String, String> parents() {
        return parents;
    }

    public int size() {
        return parents.size();
    }

    public boolean contains(String code) {
        return code != null && parents.containsKey(code);
    }

    /** Whether {@code code} is {@code root} or lies under it; false for unknown codes. */
    public boolean within(String code, String root) {
        if (root == null || !contains(code)) {
            return false;
        }
        String current = code;
        // the report-service refuses cycles, but a replica must not loop on a bad answer
        for (int steps = 0; current != null && steps <= parents.size(); steps++) {
            if (current.equals(root)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    /** The agency and every agency under it; empty when the directory does not know the agency. */
    public Set<String> subtree(String root) {
        if (!contains(root)) {
            return Set.of();
        }
        return subtrees.computeIfAbsent(root, this::collect);
    }

    private Set<String> collect(String root) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String code = pending.pop();
            if (found.add(code)) {
                pending.addAll(children.getOrDefault(code, List.of()));
            }
        }
        return Collections.unmodifiableSet(found);
    }
}
