package cn.gov.opendata.seeds.token;

import cn.gov.opendata.seeds.directory.Agency;
import cn.gov.opendata.seeds.directory.ZhoukouDirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * A supervisor's {@code agencies} claim computed from the agency directory, as the identity provider does from
 * the report-service's: the agency and all its descendants, parents before children.
 */
public final class Subtrees {

    private Subtrees() {
    }

    public static List<String> of(String agency, List<Agency> directory) {
        List<String> subtree = new ArrayList<>(List.of(agency));
        // the directory lists parents before children, so one pass collects every descendant
        for (Agency candidate : directory) {
            if (candidate.parent() != null && subtree.contains(candidate.parent()) && !subtree.contains(candidate.code())) {
                subtree.add(candidate.code());
            }
        }
        return subtree;
    }

    public static List<String> ofZhoukou(String agency) {
        return of(agency, ZhoukouDirectory.agencies());
    }
}
