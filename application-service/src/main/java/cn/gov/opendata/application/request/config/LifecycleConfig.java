package cn.gov.opendata.application.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Applicant-side windows the law leaves to the agency or to later rules. */
@ConfigMapping(prefix = "application.lifecycle")
public interface LifecycleConfig {

    /** Working days the applicant has to correct a request when the notice names no date (Art. 30 leaves it to the agency). */
    @WithDefault("15")
    int correctionWindowWorkingDays();

    /** Working days the applicant has to pay after a fee notice (国办函〔2020〕109号). */
    @WithDefault("20")
    int feePaymentWindowWorkingDays();
}
