package cn.gov.opendata.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Who is calling, as the verified bearer token says: subject, roles, own agency and supervised agencies. */
@RequestScoped
public class Caller {

    static final String AGENCY_CLAIM = "agency";
    static final String AGENCIES_CLAIM = "agencies";

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public Caller(SecurityIdentity identity, JsonWebToken jwt) {
        this.identity = identity;
        this.jwt = jwt;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = jwt.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The caller's own agency, or null when the token names none (a reader or an operator). */
    public String agency() {
        return identity.isAnonymous() ? null : text(jwt.getClaim(AGENCY_CLAIM));
    }

    /**
     * The agencies a supervisor oversees: the {@code agencies} claim (its subtree as the identity provider
     * computed it from the directory), always including its own agency. Source services know no tree and trust it.
     */
    public Set<String> supervised() {
        Set<String> agencies = new LinkedHashSet<>();
        if (identity.isAnonymous()) {
            return agencies;
        }
        String own = agency();
        if (own != null) {
            agencies.add(own);
        }
        Object claim = jwt.getClaim(AGENCIES_CLAIM);
        if (claim instanceof Collection<?> values) {
            values.stream().map(Caller::text).filter(v -> v != null && !v.isBlank()).forEach(agencies::add);
        } else if (text(claim) != null) {
            agencies.add(text(claim));
        }
        return agencies;
    }

    /** The roles, for the audit log. */
    public String roles() {
        return String.join(",", identity.getRoles().stream().sorted().toList());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value.toString();
    }
}
