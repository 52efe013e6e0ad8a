package cn.gov.opendata.application.pii;

import cn.gov.opendata.application.request.rest.ApplicantBody;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidApplicantId}; the message says what is wrong, never echoes the number. */
public class ApplicantIdValidator implements ConstraintValidator<ValidApplicantId, ApplicantBody> {

    @Override
    public boolean isValid(ApplicantBody applicant, ConstraintValidatorContext context) {
        if (applicant == null) {
            return true;
        }
        String problem = IdNumbers.problem(applicant.idType(), applicant.idNumber());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "").replace("$", ""))
                .addPropertyNode("idNumber").addConstraintViolation();
        return false;
    }
}
