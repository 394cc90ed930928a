package io.triangulate.alignment;

import static io.triangulate.alignment.AlignmentTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two reports written before and after one event, each opening on its core fact. */
class LedeAlignmentTest {

    static final String AFTER = "The mayor has ended her visit to Paris without signing a water agreement with the city council. "
            + "Protesters gathered outside the town hall on both days. The talks ran late into the night.";
    static final String BEFORE = "Despite talk of a deal, no water agreement will be signed during the trip, reflecting old disputes. "
            + "The mayor's upcoming visit to Paris has drawn wide attention, fuelled by talk of a water agreement with "
            + "the city council. Police expect large protests.";

    @Test
    void theLedesStateOneFactThoughTheOtherReportsTopicSentenceSharesMoreWords() {
        List<ComparedFact> facts = AlignmentTables.align(AFTER, BEFORE);
        assertThat(row(facts, 1)).isEqualTo("|the mayor has|-|-|protesters gathered outside|the talks ran|");
        assertThat(row(facts, 2)).isEqualTo("|despite talk of|the mayors upcoming|police expect large|-|-|");
    }

    @Test
    void withoutTheLedeBonusTheLedeJoinsTheTopicSentence() {
        List<ComparedFact> facts = comparison(0).compare(List.of(AFTER, BEFORE));
        assertThat(row(facts, 1)).isEqualTo("|-|the mayor has|-|protesters gathered outside|the talks ran|");
        assertThat(row(facts, 2)).isEqualTo("|despite talk of|the mayors upcoming|police expect large|-|-|");
    }

    @Test
    void aReportOfOneOrTwoClaimsHasNoLede() {
        ReportClaims single = AlignmentTables.TEXTS.claimsOf(1, 1, "The bridge closed on Monday.", null);
        ReportClaims pair = AlignmentTables.TEXTS.claimsOf(2, 10, "The bridge closed on Monday. "
                + "Traffic was diverted through the town centre.", null);
        ReportClaims three = AlignmentTables.TEXTS.claimsOf(3, 20, "The bridge closed on Monday. "
                + "Traffic was diverted through the town centre. Repairs will take a week, engineers said.", null);
        assertThat(List.of(single, pair, three)).extracting(r -> r.claims().size()).containsExactly(1, 2, 3);
        assertThat(Ledes.of(List.of(single, pair, three))).containsExactly(20L);
    }

    private static TextComparison comparison(double ledeBonus) {
        AlignmentSettings d = AlignmentSettings.defaults();
        AlignmentSettings settings = new AlignmentSettings(d.threshold(), d.repeatThreshold(), d.repeatCosine(),
                d.minLinkage(), d.blockAbove(), d.probes(), d.mutualThreshold(), d.mutualMargin(), d.hubPenalty(), d.backgroundClaims(),
                ledeBonus, d.gatherThreshold(), d.weights());
        return AlignmentTables.aligningWith(settings);
    }
}
