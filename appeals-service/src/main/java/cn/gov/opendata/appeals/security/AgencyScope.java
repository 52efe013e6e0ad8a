package cn.gov.opendata.appeals.security;

import java.util.Set;

/** The agencies a query may cover: all of them, or exactly the listed ones (possibly none). */
public record AgencyScope(boolean all, Set<String> agencies) {

    public static AgencyScope everything() {
        return new AgencyScope(true, Set.of());
    }

    public static AgencyScope only(Set<String> agencies) {
        return new AgencyScope(false, Set.copyOf(agencies));
    }

    public boolean covers(String agency) {
        return all || agencies.contains(agency);
    }
}
