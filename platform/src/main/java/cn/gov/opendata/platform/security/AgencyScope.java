package cn.gov.opendata.platform.security;

import java.util.List;
import java.util.Set;

/** The agencies a query may cover: all of them, or exactly the listed ones (possibly none). */
public record AgencyScope(boolean all, Set<String> agencies) {

    public static AgencyScope everything() {
        return new AgencyScope(true, Set.of());
    }

    public static AgencyScope only(Set<String> agencies) {
        return new AgencyScope(false, Set.copyOf(agencies));
    }

    /**
     * The scope as a statistics filter: empty means every agency, so a scope of no agencies becomes a filter that
     * matches none (a supervisor without a subtree sees nothing, not everything).
     */
    public List<String> asFilter() {
        return all ? List.of() : agencies.isEmpty() ? List.of("") : agencies.stream().sorted().toList();
    }

    public boolean covers(String agency) {
        return all || agencies.contains(agency);
    }
}
