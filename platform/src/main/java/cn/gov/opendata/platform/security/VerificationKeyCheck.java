package cn.gov.opendata.platform.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start without a token verification key: a service that cannot verify tokens would answer
 * every protected call with 401 and look healthy doing it.
 */
public class VerificationKeyCheck {

    void onStart(@Observes StartupEvent event, Config config) {
        boolean configured = config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent();
        if (!configured) {
            throw new IllegalStateException("No token verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the identity "
                    + "provider's public key (PEM file) or JWKS URL, or MP_JWT_VERIFY_PUBLICKEY to the key itself");
        }
        Log.infof("Bearer tokens verified for issuer %s", config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("?"));
    }
}
