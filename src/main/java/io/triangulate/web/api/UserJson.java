package io.triangulate.web.api;

import io.triangulate.account.Account;
import io.triangulate.account.Role;
import java.util.List;

/** An account as the JSON API shows it: never its password or hash. */
public record UserJson(Long id, String username, List<String> roles) {

    public static UserJson of(Account account) {
        return new UserJson(account.id, account.username, account.roles.stream().sorted().map(Role::id).toList());
    }
}
