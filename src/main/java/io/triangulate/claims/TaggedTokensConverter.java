package io.triangulate.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.report.parsing.TaggedToken;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a claim's tagged tokens as one JSON array; null stays null (tokens not kept yet). */
@Converter
public class TaggedTokensConverter implements AttributeConverter<List<TaggedToken>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<TaggedToken>> TOKENS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<TaggedToken> tokens) {
        try {
            return tokens == null ? null : JSON.writeValueAsString(tokens);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Claim tokens could not be written as JSON", e);
        }
    }

    @Override
    public List<TaggedToken> convertToEntityAttribute(String json) {
        try {
            return json == null ? null : List.copyOf(JSON.readValue(json, TOKENS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored claim tokens are not valid JSON", e);
        }
    }
}
