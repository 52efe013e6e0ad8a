package cn.gov.opendata.application.pii;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start without a valid personal-data key (prod has no default; %dev and %test do), rather than
 * starting and failing on the first applicant, or worse, writing personal data some other way.
 */
public class PiiKeyCheck {

    void onStart(@Observes StartupEvent event) {
        PiiCipher.requireKey();
    }
}
