package io.triangulate.storage;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * PostgreSQL's text types cannot hold the character U+0000 (H2 can), so a title or name pasted with
 * one would fail to save on PostgreSQL alone. It carries no meaning in any text we keep, so every
 * string column drops it on the way in, on every database.
 */
@Converter(autoApply = true)
public class WithoutNulCharacters implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}
