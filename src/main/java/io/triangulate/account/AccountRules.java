package io.triangulate.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What a user name, a password and a set of roles must be. Pure: no CDI, no database. */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private AccountRules() {
    }

    /** User names are compared without case: {@code Rita} and {@code rita} are one person. */
    static String username(String given) {
        String name = given == null ? "" : given.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw invalid("A user name is 1 to 64 letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit.");
        }
        return name;
    }

    static String password(String given) {
        if (given == null || given.length() < MIN_PASSWORD_LENGTH) {
            throw invalid("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        return given;
    }

    static Set<Role> roles(Collection<String> given) {
        if (given == null || given.isEmpty()) {
            throw invalid("Give the account at least one role: viewer, reviewer, editor or admin.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : given) {
            roles.add(Role.of(id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> invalid("\"" + id + "\" is not a role: use viewer, reviewer, editor or admin.")));
        }
        return roles;
    }

    private static AccountException invalid(String message) {
        return new AccountException(AccountError.INVALID_USER, message);
    }
}
