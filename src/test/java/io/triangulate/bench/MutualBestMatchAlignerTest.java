package io.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.triangulate.alignment.AlignedGroup;
import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ReportClaims;
import io.triangulate.claims.embedding.Vectors;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MutualBestMatchAlignerTest {

    private static ClaimInput claim(long id, long report, float... vector) {
        return new ClaimInput(id, report, (int) id, "claim " + id, null, Vectors.normalized(vector));
    }

    private static Set<Set<Long>> groups(List<AlignedGroup> aligned) {
        return aligned.stream().map(g -> g.claims().stream().map(ClaimInput::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void joinsMutualBestMatchesAboveTheThresholdWhateverTheReportOrder() {
        ReportClaims one = new ReportClaims(1, List.of(claim(1, 1, 1, 0, 0), claim(2, 1, 0, 1, 0)));
        ReportClaims two = new ReportClaims(2, List.of(claim(3, 2, 0.99f, 0.1f, 0), claim(4, 2, 0, 0, 1)));
        MutualBestMatchAligner aligner = new MutualBestMatchAligner(0.75);

        Set<Set<Long>> expected = Set.of(Set.of(1L, 3L), Set.of(2L), Set.of(4L));
        assertThat(groups(aligner.align(List.of(one, two)))).isEqualTo(expected);
        assertThat(groups(aligner.align(List.of(two, one)))).isEqualTo(expected);
    }
}
