package cn.gov.opendata.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the pages sign in (opendata-signin.js): the identity provider whose tokens this service verifies, and the
 * public browser client. The issuer is the one the service checks, so a page can only obtain tokens the service takes.
 */
@Path("/api/v1/sign-in")
@Tag(name = "Sign-in", description = "The identity provider the pages sign in with")
public class SignInResource {

    /** What a page needs to start the authorization-code flow with PKCE. */
    public record SignIn(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
                         String endSessionEndpoint) {
    }

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "opendata.signin.client-id", defaultValue = "opendata-web")
    String clientId;

    /** The provider's endpoints, for a page whose browser may not read its discovery document (CORS): Keycloak's paths. */
    @ConfigProperty(name = "opendata.signin.endpoints", defaultValue = "/protocol/openid-connect")
    String endpoints;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenID Connect issuer and browser client the pages sign in with")
    @APIResponse(responseCode = "200", description = "{\"issuer\": \"http://127.0.0.1:8180/realms/opendata\", \"clientId\": \"opendata-web\", …endpoints}")
    public SignIn signIn() {
        String base = issuer.replaceAll("/+$", "") + endpoints;
        return new SignIn(issuer, clientId, base + "/auth", base + "/token", base + "/logout");
    }
}
