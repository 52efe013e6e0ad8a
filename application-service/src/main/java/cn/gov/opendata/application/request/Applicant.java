package cn.gov.opendata.application.request;

import cn.gov.opendata.application.pii.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The applicant's personal data: name, id number, phone and address are encrypted in the database (AES-GCM,
 * {@link EncryptedText}); the id number also has a keyed fingerprint for the one equality lookup (fees).
 * Only the owning agency's single-request view shows it in clear; every other view masks it.
 */
@Embeddable
public class Applicant {

    @Convert(converter = EncryptedText.class)
    @Column(name = "applicant_name", length = 2000)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_id_type", length = 20)
    public IdType idType;

    @Convert(converter = EncryptedText.class)
    @Column(name = "applicant_id_number", length = 2000)
    public String idNumber;

    /** HMAC of the id number (PiiCipher.index), set wherever an applicant is built (RequestRegistry.applicant). */
    @Column(name = "applicant_id_index", length = 64)
    public String idNumberIndex;

    @Convert(converter = EncryptedText.class)
    @Column(name = "applicant_phone", length = 2000)
    public String phone;

    @Convert(converter = EncryptedText.class)
    @Column(name = "applicant_address", length = 4000)
    public String address;
}
