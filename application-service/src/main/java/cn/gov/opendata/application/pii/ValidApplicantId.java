package cn.gov.opendata.application.pii;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The applicant's id number is valid for its idType (see {@link IdNumbers}); reported on field idNumber. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ApplicantIdValidator.class)
public @interface ValidApplicantId {

    String message() default "invalid id number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
