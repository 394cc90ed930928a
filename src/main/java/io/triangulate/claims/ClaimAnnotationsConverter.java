package io.triangulate.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a claim's annotations as one JSON document; unknown fields from newer versions are ignored. */
@Converter
public class ClaimAnnotationsConverter implements AttributeConverter<ClaimAnnotations, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public String convertToDatabaseColumn(ClaimAnnotations annotations) {
        try {
            return JSON.writeValueAsString(annotations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Claim annotations could not be written as JSON", e);
        }
    }

    @Override
    public ClaimAnnotations convertToEntityAttribute(String json) {
        try {
            return json == null ? null : JSON.readValue(json, ClaimAnnotations.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored claim annotations are not valid JSON", e);
        }
    }
}
