package io.triangulate.alignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** The JSON columns of a fact: small lists that are always read and written whole. */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    @Converter
    static class ReportIds extends Json<List<Long>> {
        ReportIds() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static class Differences extends Json<List<Difference>> {
        Differences() {
            super(new TypeReference<>() { });
        }
    }

    abstract static class Json<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        Json(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A fact column could not be written as JSON", e);
            }
        }

        @Override
        public T convertToEntityAttribute(String json) {
            try {
                return JSON.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored fact column is not valid JSON", e);
            }
        }
    }
}
