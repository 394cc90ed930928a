package io.triangulate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EngineWarmUpTest {

    @Inject
    EngineWarmUp warmUp;

    @Test
    void theWarmUpReportsTakeTheEngineThroughEveryKindOfVerdict() {
        List<ComparedFact> facts = warmUp.compareOnce();

        assertThat(facts).extracting(ComparedFact::verdict)
                .contains(Verdict.AGREEMENT, Verdict.DIVERGENCE, Verdict.OMISSION);
        assertThat(facts).flatExtracting(ComparedFact::differences).extracting(Difference::kind)
                .contains(DifferenceKind.NUMBER, DifferenceKind.DATE, DifferenceKind.ENTITY, DifferenceKind.NEGATION,
                        DifferenceKind.HEDGE, DifferenceKind.ATTRIBUTION, DifferenceKind.QUANTIFIER);
    }
}
