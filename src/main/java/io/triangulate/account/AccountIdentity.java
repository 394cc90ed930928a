package io.triangulate.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a signed-in account. */
final class AccountIdentity {

    private AccountIdentity() {
    }

    static SecurityIdentity of(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(account.grantedRoles())
                .build();
    }
}
