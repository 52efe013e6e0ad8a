package cn.gov.opendata.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the verified bearer token says: subject, roles and own agency. A token names one agency,
 * never a list: what a supervisor oversees comes from the directory ({@link AgencyAccess}).
 */
@RequestScoped
public class Caller {

    static final String AGENCY_CLAIM = "agency";

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
