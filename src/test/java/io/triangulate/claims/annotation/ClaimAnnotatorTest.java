package io.triangulate.claims.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ClaimAnnotations.Tense;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimAnnotatorTest {

    private static final ClaimAnnotator ANNOTATOR = new ClaimAnnotator();

    @Test
    void annotatesEveryConcernOfOneClaim() {
        ClaimAnnotations a = ANNOTATOR.annotate("Officials said the five-day talks in Geneva failed on Tuesday.",
                LocalDate.of(2025, 10, 30));
        assertThat(a.attribution().source()).isEqualTo("Officials");
        assertThat(a.numbers()).extracting(ClaimAnnotations.NumberMention::unit).containsExactly("day");
        assertThat(a.dates()).extracting(ClaimAnnotations.DateMention::value).containsExactly("2025-10-28");
        assertThat(a.entities()).extracting(ClaimAnnotations.EntityMention::key).containsExactly("geneva");
        assertThat(a.tense()).isEqualTo(Tense.PAST);
        assertThat(a.lemmas()).contains("talk", "fail");
    }
}
