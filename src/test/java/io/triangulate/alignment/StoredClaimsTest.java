package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triangulate.claims.Claim;
import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ClaimService;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.claims.embedding.Vectors;
import io.triangulate.report.Event;
import io.triangulate.report.ReportImporter;
import io.triangulate.report.ReportInput;
import io.triangulate.report.parsing.TaggedToken;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoredClaimsTest {

    @Inject
    ReportImporter importer;

    @Inject
    AlignmentService alignment;

    @Inject
    ClaimService claims;

    @Test
    void claimsStoredWithoutVectorsGetTheVectorsAnImportWouldGiveThem() {
        long eventId = eventWithReport("Stored vectors",
                "The minister will not visit Oslo this week. No such trip is planned before the summit.");
        List<byte[]> atImport = vectors(eventId);
        QuarkusTransaction.requiringNew().run(() -> Claim.ofEvent(eventId).forEach(c -> c.embedding = null));

        alignment.realign(eventId);

        assertThat(vectors(eventId)).hasSize(2).usingElementComparator(Arrays::compare)
                .containsExactlyElementsOf(atImport);
    }

    @Test
    void claimsWhoseVectorsAnotherModelMadeGetTheCurrentModelsVectorsAndItsName() {
        long eventId = eventWithReport("Vectors of another model",
                "The minister will not visit Oslo this week. No such trip is planned before the summit.");
        List<byte[]> atImport = vectors(eventId);
        List<byte[]> ownAtImport = ownVectors(eventId);
        assertThat(models(eventId)).containsExactly("bge-small-en-v1.5-q", "bge-small-en-v1.5-q");
        byte[] older = Vectors.toBytes(claims.wordEmbedder().embed(List.of("The minister will not visit Oslo this week."))
                .get(0));
        QuarkusTransaction.requiringNew().run(() -> Claim.ofEvent(eventId).forEach(c -> {
            c.embedding = older;
            c.ownEmbedding = c.ownEmbedding == null ? null : older;
            c.embeddingModel = c.index == 0 ? null : "all-MiniLM-L6-v2-q";
        }));

        alignment.realign(eventId);

        assertThat(vectors(eventId)).usingElementComparator(Arrays::compare).containsExactlyElementsOf(atImport);
        assertThat(ownVectors(eventId)).usingElementComparator(StoredClaimsTest::compareNullable)
                .containsExactlyElementsOf(ownAtImport);
        assertThat(models(eventId)).containsExactly("bge-small-en-v1.5-q", "bge-small-en-v1.5-q");
    }

    private static List<String> models(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.ofEvent(eventId).stream()
                .sorted(Comparator.comparingInt(c -> c.index)).map(c -> c.embeddingModel).toList());
    }

    @Test
    void aClaimThatPointsBackKeepsTheVectorOfItsOwnWordsBesideItsEmbedding() {
        long eventId = eventWithReport("Own vectors",
                "The minister will not visit Oslo this week. No such trip is planned before the summit.");
        List<byte[]> atImport = ownVectors(eventId);
        assertThat(atImport.get(0)).isNull();
        assertThat(atImport.get(1)).isNotNull();
        QuarkusTransaction.requiringNew().run(() -> Claim.ofEvent(eventId).forEach(c -> c.ownEmbedding = null));

        alignment.realign(eventId);

        assertThat(ownVectors(eventId)).hasSize(2).usingElementComparator(StoredClaimsTest::compareNullable)
                .containsExactlyElementsOf(atImport);
    }

    private static int compareNullable(byte[] a, byte[] b) {
        return a == null || b == null ? (a == b ? 0 : 1) : Arrays.compare(a, b);
    }

    private List<byte[]> ownVectors(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.ofEvent(eventId).stream()
                .sorted(Comparator.comparingInt(c -> c.index)).map(c -> c.ownEmbedding).toList());
    }

    @Test
    void claimsStoredWithoutTokensGetTheTokensAnImportWouldGiveThemAndKeepThem() {
        long eventId = eventWithReport("Stored tokens",
                "The minister won’t visit Oslo this week. No such trip is planned before the summit.");
        List<List<TaggedToken>> atImport = tokens(eventId);
        QuarkusTransaction.requiringNew().run(() -> Claim.ofEvent(eventId).forEach(c -> c.tokens = null));

        alignment.realign(eventId);

        assertThat(atImport).hasSize(2).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(atImport.get(0)).extracting(TaggedToken::text).startsWith("The", "minister", "wo", "n’t", "visit");
        assertThat(tokens(eventId)).isEqualTo(atImport);
    }

    @Test
    void claimsAnnotatedByAnOlderAnnotatorAreAnnotatedAgainFromTheirTokens() {
        long eventId = eventWithReport("Stale annotations", "Witnesses said the minister will not visit Oslo this week.");
        ClaimAnnotations atImport = annotations(eventId).get(0);
        assertThat(atImport.attribution().source()).isEqualTo("Witnesses");
        QuarkusTransaction.requiringNew().run(() -> Claim.ofEvent(eventId).forEach(c -> {
            ClaimAnnotations a = c.annotations;
            c.annotations = new ClaimAnnotations(a.lemmas(), List.of(), a.dates(), a.entities(), List.of(), a.hedges(),
                    null, a.tense());
            c.annotatedWith = 0;
        }));

        alignment.realign(eventId);

        assertThat(annotations(eventId)).containsExactly(atImport);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.ofEvent(eventId).get(0).annotatedWith))
                .isEqualTo(ClaimAnnotator.VERSION);
    }

    private long eventWithReport(String title, String text) {
        long eventId = QuarkusTransaction.requiringNew().call(() -> {
            Event event = Event.create(title, null);
            event.persist();
            return event.id;
        });
        importer.importText(eventId, new ReportInput("Desk", null, null, null, null, text));
        return eventId;
    }

    private static List<List<TaggedToken>> tokens(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.ofEvent(eventId).stream()
                .sorted(Comparator.comparingInt(c -> c.index)).map(c -> c.tokens).toList());
    }

    private static List<ClaimAnnotations> annotations(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.ofEvent(eventId).stream()
                .sorted(Comparator.comparingInt(c -> c.index)).map(c -> c.annotations).toList());
    }

    private static List<byte[]> vectors(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.ofEvent(eventId).stream()
                .sorted(Comparator.comparingInt(c -> c.index)).map(c -> c.embedding).toList());
    }
}
