package cn.gov.opendata.application.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The applicant's personal data, kept in its own columns so that access control and column encryption can be
 * added in one place. Only the single-request view reads it.
 */
@Embeddable
public class Applicant {

    @Column(name = "applicant_name", length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_id_type", length = 20)
    public IdType idType;

    @Column(name = "applicant_id_number", length = 64)
    public String idNumber;

    @Column(name = "applicant_phone", length = 40)
    public String phone;

    @Column(name = "applicant_address", length = 500)
    public String address;
}
