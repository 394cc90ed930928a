package io.triangulate.alignment;

import static io.triangulate.alignment.AlignmentTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reports that each state their central fact twice, in other words each time, show it as one
 * fact; their other facts stay apart.
 */
class RestatedFactsTest {

    static final String BEFORE = "About 2,000 people were evacuated from their homes in Widnes after a fire broke out at a "
            + "chemical plant late on Tuesday. "
            + "The fire was brought under control by Wednesday afternoon. "
            + "The 2,000 evacuated residents remain out of their homes because of the fire.";
    static final String AFTER = "Around 2,000 Widnes residents had to leave their homes after fire tore through a chemical "
            + "plant on Tuesday night. "
            + "Firefighters declared the blaze contained at about 3pm on Wednesday. "
            + "Some 2,000 residents have now spent more than a day out of their homes because of the chemical plant fire.";

    @Test
    void aFactBothReportsStateTwiceIsOneFact() {
        List<ComparedFact> facts = AlignmentTables.align(BEFORE, AFTER);
        assertThat(row(facts, 1)).isEqualTo("|about 2000 people+the 2000 evacuated|the fire was|");
        assertThat(row(facts, 2)).isEqualTo("|around 2000 widnes+some 2000 residents|firefighters declared the|");
    }

    @Test
    void withoutGatheringEachRestatementPairsWithOneOfTheOtherReport() {
        AlignmentSettings d = AlignmentSettings.defaults();
        AlignmentSettings never = new AlignmentSettings(d.threshold(), d.repeatThreshold(), d.repeatCosine(),
                d.minLinkage(), d.blockAbove(), d.probes(), d.mutualThreshold(), d.mutualMargin(), d.hubPenalty(),
                d.backgroundClaims(), d.ledeBonus(), 2, d.weights());
        List<ComparedFact> facts = AlignmentTables.aligningWith(never).compare(List.of(BEFORE, AFTER));
        assertThat(row(facts, 1)).isEqualTo("|about 2000 people|the fire was|the 2000 evacuated|");
        assertThat(row(facts, 2)).isEqualTo("|around 2000 widnes|firefighters declared the|some 2000 residents|");
    }
}
