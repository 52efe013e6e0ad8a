package cn.gov.opendata.application.pii;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a personal-data column encrypted in the database (see {@link PiiCipher}); the entity holds it in clear. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return PiiCipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return PiiCipher.decrypt(column);
    }
}
