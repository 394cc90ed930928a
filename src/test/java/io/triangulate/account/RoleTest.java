package io.triangulate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void anEditorIsAlsoAReviewerAndAViewer() {
        assertThat(Role.granted(List.of(Role.EDITOR))).containsExactlyInAnyOrder("viewer", "reviewer", "editor");
    }

    @Test
    void anAdminHoldsEveryRole() {
        assertThat(Role.granted(List.of(Role.ADMIN))).containsExactlyInAnyOrder("viewer", "reviewer", "editor", "admin");
    }

    @Test
    void aViewerOnlyReads() {
        assertThat(Role.granted(List.of(Role.VIEWER))).containsExactly("viewer");
    }

    @Test
    void noRoleGrantsNothing() {
        assertThat(Role.granted(List.of())).isEmpty();
    }
}
