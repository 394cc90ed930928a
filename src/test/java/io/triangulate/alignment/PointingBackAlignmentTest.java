package io.triangulate.alignment;

import static io.triangulate.alignment.AlignmentTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim that points back ("This economic progress ...") is embedded after the claim before it;
 * another report may state the same without pointing back, and the two still state one fact.
 */
class PointingBackAlignmentTest {

    static final String ORIGINAL = "Despite economic restrictions, Pyongyang has undergone significant development. "
            + "This economic progress, coupled with military cooperation such as North Korean soldiers fighting in "
            + "Ukraine, bolsters Kim's domestic and international standing.";
    static final String PARAPHRASE = "Despite economic restrictions, Pyongyang has undergone significant development. "
            + "Together with military cooperation, including North Korean troops fighting in Ukraine, economic "
            + "progress strengthens Kim's standing at home and abroad.";

    @Test
    void aClaimThatPointsBackAlignsWithTheSameFactWrittenOnItsOwn() {
        List<ComparedFact> facts = AlignmentTables.align(ORIGINAL, PARAPHRASE);
        assertThat(row(facts, 1)).isEqualTo("|despite economic restrictions|this economic progress|");
        assertThat(row(facts, 2)).isEqualTo("|despite economic restrictions|together with military|");
    }

    @Test
    void itsOwnWordsCountOnlyWhereTheyReadCloser() {
        ClaimInput pointing = AlignmentTables.TEXTS.claimsOf(1, 1, ORIGINAL, null).claims().get(1);
        ClaimInput plain = AlignmentTables.TEXTS.claimsOf(2, 10, PARAPHRASE, null).claims().get(1);
        assertThat(pointing.ownEmbedding()).isNotNull();
        assertThat(plain.ownEmbedding()).isNull();
        assertThat(PairScore.cosine(pointing, plain))
                .isEqualTo(Math.max(io.triangulate.claims.embedding.Vectors.dot(pointing.embedding(), plain.embedding()),
                        io.triangulate.claims.embedding.Vectors.dot(pointing.ownEmbedding(), plain.embedding())));
    }
}
