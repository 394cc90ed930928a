package io.triangulate.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triangulate.web.SignedInAsAdmin;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestTransaction
class AccountServiceTest {

    @Inject
    AccountService accounts;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Account account = accounts.create("hashed", "a-Good-Password-1", List.of("viewer"));
        assertThat(account.passwordHash).startsWith("$2").doesNotContain("a-Good-Password-1");
        assertThat(BcryptUtil.matches("a-Good-Password-1", account.passwordHash)).isTrue();
    }

    @Test
    void theBootstrapAdminSignsInWithTheConfiguredPassword() {
        assertThat(accounts.signIn(AdminBootstrap.ADMIN, SignedInAsAdmin.PASSWORD))
                .hasValueSatisfying(admin -> assertThat(admin.grantedRoles()).contains("admin", "editor", "viewer"));
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        accounts.create("wrong-pass", "a-Good-Password-1", List.of("viewer"));
        assertThat(accounts.signIn("wrong-pass", "a-Good-Password-2")).isEmpty();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Account account = accounts.create("disabled", "a-Good-Password-1", List.of("viewer"));
        accounts.setEnabled(account.id, false);
        assertThat(accounts.signIn("disabled", "a-Good-Password-1")).isEmpty();
    }

    @Test
    void userNamesAreKeptInLowerCase() {
        accounts.create("Mixed.Case", "a-Good-Password-1", List.of("viewer"));
        assertThat(accounts.signIn("mixed.case", "a-Good-Password-1")).isPresent();
    }

    @Test
    void theLastAdminCannotBeDeletedDisabledOrDemoted() {
        Account.update("enabled = false where username <> ?1", AdminBootstrap.ADMIN);
        long admin = Account.named(AdminBootstrap.ADMIN).orElseThrow().id;
        assertThatThrownBy(() -> accounts.delete(admin)).hasMessageContaining("last admin");
        assertThatThrownBy(() -> accounts.setEnabled(admin, false)).hasMessageContaining("last admin");
        assertThatThrownBy(() -> accounts.changeRoles(admin, List.of("editor"))).hasMessageContaining("last admin");
    }

    @Test
    void anAdminCanBeDeletedWhenAnotherRemains() {
        Account second = accounts.create("second-admin", "a-Good-Password-1", List.of("admin"));
        accounts.delete(second.id);
        assertThat(Account.named("second-admin")).isEmpty();
    }
}
