package io.triangulate.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Creating and changing accounts. Every change that could leave the app without an enabled admin
 * is refused, so someone can always manage the accounts.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private final VerifiedPasswords verified = new VerifiedPasswords();

    /** Compared against when the user name is unknown, so that a miss takes as long as a wrong password. */
    private static final String NO_SUCH_HASH = BcryptUtil.bcryptHash("no account has this password");

    @Inject
    LoginConfig config;

    /** The enabled account with this name and password, if any. Called off any request context. */
    public Optional<Account> signIn(String username, String password) {
        String name = normalized(username);
        Optional<Account> account = Account.named(name);
        String hash = account.map(a -> a.passwordHash).orElse(NO_SUCH_HASH);
        boolean matches = account.isPresent() && verified.known(name, password, hash)
                || BcryptUtil.matches(password, hash);
        if (matches && account.isPresent()) {
            verified.remember(name, password, hash);
        }
        return account.filter(a -> matches && a.enabled);
    }

    /** The enabled account with this name, for a session that signed in earlier. */
    public Optional<Account> active(String username) {
        return Account.named(normalized(username)).filter(a -> a.enabled);
    }

    public Account create(String username, String password, Collection<String> roles) {
        String name = AccountRules.username(username);
        String checkedPassword = AccountRules.password(password);
        Set<Role> checkedRoles = AccountRules.roles(roles);
        if (Account.named(name).isPresent()) {
            throw new AccountException(AccountError.DUPLICATE_USER, "There is already an account named " + name + ".");
        }
        Account account = new Account();
        account.username = name;
        account.passwordHash = hash(checkedPassword);
        account.roles = checkedRoles;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    public Account changeRoles(long id, Collection<String> roles) {
        Account account = find(id);
        Set<Role> checked = AccountRules.roles(roles);
        if (!checked.contains(Role.ADMIN)) {
            keepAnAdminBesides(account);
        }
        account.roles = checked;
        return account;
    }

    public Account resetPassword(long id, String password) {
        Account account = find(id);
        account.passwordHash = hash(AccountRules.password(password));
        verified.forget(account.username);
        return account;
    }

    public Account setEnabled(long id, boolean enabled) {
        Account account = find(id);
        if (!enabled) {
            keepAnAdminBesides(account);
        }
        account.enabled = enabled;
        return account;
    }

    public Account delete(long id) {
        Account account = find(id);
        keepAnAdminBesides(account);
        account.delete();
        verified.forget(account.username);
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> all() {
        return Account.byName();
    }

    private String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Account find(long id) {
        return Account.<Account>findByIdOptional(id)
                .orElseThrow(() -> new AccountException(AccountError.NOT_FOUND, "There is no account " + id + "."));
    }

    private static void keepAnAdminBesides(Account account) {
        if (account.enabled && account.isAdmin() && Account.activeAdmins() <= 1) {
            throw new AccountException(AccountError.LAST_ADMIN,
                    account.username + " is the last admin: make another account admin first.");
        }
    }
}
