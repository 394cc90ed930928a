package io.triangulate.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * Splits a report's normalised text into the claims the engine compares, each annotated with what
 * the comparison looks at. Implementations are pure: no CDI, no persistence, no logging.
 */
public interface ClaimExtractor {

    /**
     * @param text        the report's normalised text (paragraphs separated by {@code \n})
     * @param publishedAt the report's publication date, the anchor for relative dates; may be null
     * @return the claims in reading order; each claim's text is exactly {@code text.substring(start, end)}
     */
    List<ExtractedClaim> extract(String text, LocalDate publishedAt);
}
