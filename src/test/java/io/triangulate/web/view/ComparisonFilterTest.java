package io.triangulate.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.Verdict;
import org.junit.jupiter.api.Test;

class ComparisonFilterTest {

    @Test
    void readsVerdictKindSourceAndSearchFromTheQueryString() {
        ComparisonFilter filter = ComparisonFilter.parse("omission", " 7 ", "Number", "  Kim ");
        assertThat(filter).isEqualTo(new ComparisonFilter(Verdict.OMISSION, 7L, DifferenceKind.NUMBER, "Kim"));
        assertThat(filter.active()).isTrue();
    }

    @Test
    void emptyParametersFilterNothing() {
        assertThat(ComparisonFilter.parse(null, "", " ", null)).isEqualTo(ComparisonFilter.NONE);
        assertThat(ComparisonFilter.NONE.active()).isFalse();
    }

    @Test
    void unknownValuesAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> ComparisonFilter.parse("MAYBE", null, null, null))
                .hasMessageContaining("There is no verdict 'MAYBE'").hasMessageContaining("AGREEMENT, DIVERGENCE");
        assertThatThrownBy(() -> ComparisonFilter.parse(null, "first", null, null))
                .hasMessageContaining("report number");
        assertThatThrownBy(() -> ComparisonFilter.parse(null, null, "COLOUR", null))
                .hasMessageContaining("There is no kind 'COLOUR'");
    }
}
