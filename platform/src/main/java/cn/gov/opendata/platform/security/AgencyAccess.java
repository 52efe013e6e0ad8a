package cn.gov.opendata.platform.security;

import cn.gov.opendata.platform.problem.ApiException;
import jakarta.enterprise.context.RequestScoped;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agency half of access control; the role half is {@code @RolesAllowed} on the resources.
 * A clerk works on its own agency, a supervisor reads its subtree, an admin does anything; statistics
 * are open to readers and the report-service for every agency. A refusal is 403 problem+json.
 */
@RequestScoped
public class AgencyAccess {

    private final Caller caller;

    public AgencyAccess(Caller caller) {
        this.caller = caller;
    }

    /** Creating, replacing, deleting or importing records of the agency. */
    public void requireWrite(String agency) {
        if (agency == null || caller.is(Roles.ADMIN)) {
            return;
        }
        if (caller.is(Roles.CLERK) && agency.equals(caller.agency())) {
            return;
        }
        throw ApiException.forbidden(caller.subject() + " may not write records of agency " + agency);
    }

    /** Every agency of a batch; the refusal names the agencies the caller may not write. */
    public void requireWrite(Collection<String> agencies) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        Set<String> refused = new TreeSet<>();
        for (String agency : agencies) {
            if (agency != null && !(caller.is(Roles.CLERK) && agency.equals(caller.agency()))) {
                refused.add(agency);
            }
        }
        if (!refused.isEmpty()) {
            throw ApiException.forbidden(caller.subject() + " may not write records of agencies " + String.join(", ", refused));
        }
    }

    /** Whether the caller is a clerk of the agency: the one caller who sees its applicants' personal data in clear. */
    public boolean clerkOf(String agency) {
        return agency != null && caller.is(Roles.CLERK) && agency.equals(caller.agency());
    }

    /** Reading one record (or the records) of the agency. */
    public void requireRead(String agency) {
        if (!readable().covers(agency)) {
            throw ApiException.forbidden(caller.subject() + " may not read records of agency " + agency);
        }
    }

    /**
     * The agencies a record list may show: the one asked for (if the caller may read it), else every agency
     * the caller may read.
     */
    /**
     * The agencies a record list may show when several are asked for ({@code ?agency=a&agency=b}, read as OR): all of
     * them if the caller may read each, else a 403 naming the others; none asked for is every readable agency.
     */
    public AgencyScope listScope(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return readable();
        }
        AgencyScope readable = readable();
        Set<String> refused = new TreeSet<>();
        requested.stream().filter(a -> !readable.covers(a)).forEach(refused::add);
        if (!refused.isEmpty()) {
            throw ApiException.forbidden(caller.subject() + " may not read records of agencies " + String.join(", ", refused));
        }
        return AgencyScope.only(new LinkedHashSet<>(requested));
    }

    public AgencyScope listScope(String requested) {
        if (requested != null) {
            requireRead(requested);
            return AgencyScope.only(Set.of(requested));
        }
        return readable();
    }

    /**
     * The agencies a statistics answer may cover: what was asked for (nothing = every agency), except that a
     * supervisor is held to its subtree.
     */
    public AgencyScope statisticsScope(List<String> requested) {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.READER) || caller.is(Roles.SERVICE)) {
            return requested.isEmpty() ? AgencyScope.everything() : AgencyScope.only(new LinkedHashSet<>(requested));
        }
        Set<String> subtree = caller.is(Roles.SUPERVISOR) ? caller.supervised() : Set.of();
        if (requested.isEmpty()) {
            return AgencyScope.only(subtree);
        }
        Set<String> outside = new TreeSet<>(requested);
        outside.removeAll(subtree);
        if (!outside.isEmpty()) {
            throw ApiException.forbidden(caller.subject() + " may not read statistics of agencies " + String.join(", ", outside));
        }
        return AgencyScope.only(new LinkedHashSet<>(requested));
    }

    /**
     * Reading or publishing the report of an agency (its own figures or its subtree's): readers and admins any
     * agency, a supervisor the agencies of its subtree.
     */
    public void requireReport(String agency) {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.READER)) {
            return;
        }
        if (caller.is(Roles.SUPERVISOR) && caller.supervised().contains(agency)) {
            return;
        }
        throw ApiException.forbidden(caller.subject() + " may not read the report of agency " + agency);
    }

    /** The agencies of the provincial export: all for readers and admins, the subtree for a supervisor. */
    public AgencyScope exportScope() {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.READER)) {
            return AgencyScope.everything();
        }
        return AgencyScope.only(caller.is(Roles.SUPERVISOR) ? caller.supervised() : Set.of());
    }

    /** The audit log: a supervisor sees its subtree's entries, an admin all of them. */
    public AgencyScope auditScope(String requested) {
        AgencyScope scope = caller.is(Roles.ADMIN) ? AgencyScope.everything()
                : caller.is(Roles.SUPERVISOR) ? AgencyScope.only(caller.supervised()) : AgencyScope.only(Set.of());
        if (requested == null) {
            return scope;
        }
        if (!scope.covers(requested)) {
            throw ApiException.forbidden(caller.subject() + " may not read the audit log of agency " + requested);
        }
        return AgencyScope.only(Set.of(requested));
    }

    private AgencyScope readable() {
        if (caller.is(Roles.ADMIN)) {
            return AgencyScope.everything();
        }
        Set<String> agencies = new LinkedHashSet<>();
        if (caller.is(Roles.CLERK) && caller.agency() != null) {
            agencies.add(caller.agency());
        }
        if (caller.is(Roles.SUPERVISOR)) {
            agencies.addAll(caller.supervised());
        }
        return AgencyScope.only(agencies);
    }
}
