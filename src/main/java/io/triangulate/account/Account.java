package io.triangulate.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Someone who may sign in: a user name, a bcrypt hash of the password, roles. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    /** Modular crypt format ({@code $2a$...}): never the password itself. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    /** A disabled account keeps its name and history but cannot sign in. */
    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Account> named(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<Account> byName() {
        return list("order by username");
    }

    /** Enabled accounts holding the admin role. */
    public static long activeAdmins() {
        return Account.<Account>stream("enabled", true).filter(Account::isAdmin).count();
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** The role names this account is granted, lower roles included. */
    public Set<String> grantedRoles() {
        return Role.granted(roles);
    }
}
