package cn.gov.opendata.application.request.rest;

import cn.gov.opendata.application.pii.ValidApplicantId;
import cn.gov.opendata.application.request.IdType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who asks; personal data, in clear only in the owning agency's single-request view, masked elsewhere. */
@ValidApplicantId
public record ApplicantBody(@NotBlank @Size(max = 200) String name, IdType idType, @Size(max = 64) String idNumber,
                            @Size(max = 40) String phone, @Size(max = 500) String address) {
}
