package io.triangulate.claims.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingTextsTest {

    @Test
    void aClaimThatPointsBackIsEmbeddedAfterTheClaimBeforeIt() {
        assertThat(EmbeddingTexts.of(List.of("The minister will not visit Oslo.", "No such trip is planned.")))
                .containsExactly("The minister will not visit Oslo.",
                        "The minister will not visit Oslo. No such trip is planned.");
    }

    @Test
    void demonstrativesOpeningAClaimPointBack() {
        assertThat(List.of("This made the vote impossible.", "However, these talks failed.", "Those plans stalled.",
                "Such a step is rare.")).allMatch(EmbeddingTexts::pointsBack);
    }

    @Test
    void claimsThatStandOnTheirOwnAreEmbeddedAsWritten() {
        assertThat(List.of("Cities such as Lyon voted.", "The bridge reopened on Monday.", "Thistle farms grew.",
                "Officials said this year was dry.", "Her latest film flopped.", "He resigned.")).noneMatch(EmbeddingTexts::pointsBack);
        assertThat(EmbeddingTexts.of(List.of("This opens the report."))).containsExactly("This opens the report.");
    }

    @Test
    void onlyClaimsEmbeddedWithContextGetAVectorOfTheirOwnWordsInTheSameBatch() {
        List<List<String>> batches = new java.util.ArrayList<>();
        EmbeddingTexts.Embedded embedded = EmbeddingTexts.embed(
                List.of("This opens the report.", "The minister will not visit Oslo.", "No such trip is planned."),
                texts -> {
                    batches.add(texts);
                    return texts.stream().map(t -> new float[] {t.length()}).toList();
                });
        assertThat(batches).containsExactly(List.of("This opens the report.", "The minister will not visit Oslo.",
                "The minister will not visit Oslo. No such trip is planned.", "No such trip is planned."));
        assertThat(embedded.vectors()).extracting(v -> v[0]).containsExactly((float) "This opens the report.".length(),
                (float) "The minister will not visit Oslo.".length(),
                (float) "The minister will not visit Oslo. No such trip is planned.".length());
        assertThat(embedded.ownVectors().get(0)).isNull();
        assertThat(embedded.ownVectors().get(1)).isNull();
        assertThat(embedded.ownVectors().get(2)).containsExactly("No such trip is planned.".length());
    }
}
