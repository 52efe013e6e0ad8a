package cn.gov.opendata.platform.security;

import cn.gov.opendata.platform.directory.Directory;
import cn.gov.opendata.platform.problem.ApiException;
import jakarta.enterprise.context.RequestScoped;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agency half of access control; the role half is {@code @RolesAllowed} on the resources.
 * A clerk works on its own agency, a supervisor reads its subtree as the directory knows it now (the token names
 * only the supervisor's own agency), an admin does anything; statistics are open to readers and the report-service
 * for every agency. A refusal is 403 problem+json.
 */
@RequestScoped
public class AgencyAccess {

    private final Caller caller;
    private final Directory directory;

    public AgencyAccess(Caller caller, Directory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** Creating, replacing, deleting or importing records of the agency. */
    public void requireWrite(String agency) {
        if (agency == null || caller.is(Roles.ADMIN)) {
            return;
        }
        if (clerkOf(agency)) {
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
            if (agency != null && !clerkOf(agency)) {
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

    /**
     * Whether the caller may read the agency's records. A record looked up by a bare id that the caller may not read
     * is answered as missing (404), not refused (403): a refusal would tell which agency owns the id.
     */
    public boolean mayRead(String agency) {
        return caller.is(Roles.ADMIN) || clerkOf(agency) || supervises(agency);
    }

    /** Reading one record (or the records) of the agency. */
    public void requireRead(String agency) {
        if (!mayRead(agency)) {
            throw ApiException.forbidden(caller.subject() + " may not read records of agency " + agency);
        }
    }

    /**
     * The agencies a record list may show when several are asked for ({@code ?agency=a&agency=b}, read as OR): all of
     * them if the caller may read each, else a 403 naming the others; none asked for is every readable agency.
     */
    public AgencyScope listScope(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return listScope((String) null);
        }
        Set<String> refused = new TreeSet<>();
        requested.stream().filter(a -> !mayRead(a)).forEach(refused::add);
        if (!refused.isEmpty()) {
            throw ApiException.forbidden(caller.subject() + " may not read records of agencies " + String.join(", ", refused));
        }
        return AgencyScope.only(new LinkedHashSet<>(requested));
    }

    /**
     * The agencies of a list that report figures link to (requests, reconsiderations, lawsuits, complaints, with the
     * year filters of the statistics): a reader sees every agency's, as it sees every figure, so that the link of a
     * figure in a report it may read leads to the records counted. These lists carry no personal data (a request's
     * summary leaves the applicant out), so there is nothing to mask; single records stay closed to readers. Everyone
     * else as {@link #listScope(List)}.
     */
    public AgencyScope figureListScope(List<String> requested) {
        if (caller.is(Roles.READER)) {
            return requested == null || requested.isEmpty() ? AgencyScope.everything() : AgencyScope.only(new LinkedHashSet<>(requested));
        }
        return listScope(requested);
    }

    /**
     * The agencies a record list may show: the one asked for (if the caller may read it), else every agency
     * the caller may read.
     */
    public AgencyScope listScope(String requested) {
        if (requested != null) {
            requireRead(requested);
            return AgencyScope.only(Set.of(requested));
        }
        return readable();
    }

    /**
     * The agencies a statistics answer may cover: what was asked for (nothing = every agency), except that a
     * supervisor is held to its subtree and a clerk to its agency.
     */
    public AgencyScope statisticsScope(List<String> requested) {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.READER) || caller.is(Roles.SERVICE)) {
            return requested.isEmpty() ? AgencyScope.everything() : AgencyScope.only(new LinkedHashSet<>(requested));
        }
        if (requested.isEmpty()) {
            return AgencyScope.only(own());
        }
        Set<String> outside = new TreeSet<>();
        for (String agency : requested) {
            if (!clerkOf(agency) && !supervises(agency)) {
                outside.add(agency);
            }
        }
        if (!outside.isEmpty()) {
            throw ApiException.forbidden(caller.subject() + " may not read statistics of agencies " + String.join(", ", outside));
        }
        return AgencyScope.only(new LinkedHashSet<>(requested));
    }

    /**
     * Reading the report of an agency (its own figures or its subtree's): readers and admins any agency, a
     * supervisor the agencies of its subtree, a clerk its own agency.
     */
    public void requireReport(String agency) {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.READER) || clerkOf(agency) || supervises(agency)) {
            return;
        }
        throw ApiException.forbidden(caller.subject() + " may not read the report of agency " + agency);
    }

    /** The agencies of the provincial export: all for readers and admins, the subtree for a supervisor, a clerk's own. */
    public AgencyScope exportScope() {
        if (caller.is(Roles.ADMIN) || caller.is(Roles.READER)) {
            return AgencyScope.everything();
        }
        return AgencyScope.only(own());
    }

    /** The audit log: a supervisor sees its subtree's entries, an admin all of them. */
    public AgencyScope auditScope(String requested) {
        AgencyScope scope = caller.is(Roles.ADMIN) ? AgencyScope.everything() : AgencyScope.only(supervised());
        if (requested == null) {
            return scope;
        }
        if (!caller.is(Roles.ADMIN) && !supervises(requested)) {
            throw ApiException.forbidden(caller.subject() + " may not read the audit log of agency " + requested);
        }
        return AgencyScope.only(Set.of(requested));
    }

    /** Whether the caller is a supervisor and the agency lies in its subtree as the directory knows it now. */
    public boolean supervises(String agency) {
        String own = caller.agency();
        if (agency == null || own == null || !caller.is(Roles.SUPERVISOR)) {
            return false;
        }
        // an agency the copy does not know may be new: fetch the directory again before saying no
        return directory.treeKnowing(agency).within(agency, own);
    }

    /** Every agency the caller may read: all for an admin, else its own agency and its subtree. */
    private AgencyScope readable() {
        return caller.is(Roles.ADMIN) ? AgencyScope.everything() : AgencyScope.only(own());
    }

    /** A clerk's agency and a supervisor's subtree: what a non-admin caller may read. */
    private Set<String> own() {
        Set<String> agencies = new LinkedHashSet<>(supervised());
        if (caller.is(Roles.CLERK) && caller.agency() != null) {
            agencies.add(caller.agency());
        }
        return agencies;
    }

    private Set<String> supervised() {
        String own = caller.agency();
        if (own == null || !caller.is(Roles.SUPERVISOR)) {
            return Set.of();
        }
        return directory.treeKnowing(own).subtree(own);
    }
}
