package io.triangulate.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads publication dates as people and pages write them: ISO instants, offsets, local date-times
 * (taken as UTC), plain dates (midnight UTC) and RFC 1123 dates from HTTP-era metadata.
 */
public final class PublicationDates {

    private static final List<Function<String, Instant>> FORMATS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> ZonedDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")).toInstant());

    private PublicationDates() {
    }

    public static Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        for (Function<String, Instant> format : FORMATS) {
            try {
                return Optional.of(format.apply(value));
            } catch (DateTimeParseException e) {
                // not this format; try the next
            }
        }
        return Optional.empty();
    }
}
