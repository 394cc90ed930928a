package io.triangulate.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an account may do. The roles are ordered: each includes those below it, so an editor is
 * also a reviewer and a viewer, and an admin is everything.
 */
public enum Role {
    /** Reads events, comparisons and reports. */
    VIEWER,
    /** Also records review decisions and corrections. */
    REVIEWER,
    /** Also creates events and imports or deletes reports. */
    EDITOR,
    /** Also manages accounts. */
    ADMIN;

    /** The name used in the API, in forms and in {@code @RolesAllowed}: {@code editor}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** The names of these roles and of every role they include. */
    public static Set<String> granted(Collection<Role> roles) {
        int highest = roles.stream().mapToInt(Role::ordinal).max().orElse(-1);
        Set<String> names = new TreeSet<>();
        for (Role role : values()) {
            if (role.ordinal() <= highest) {
                names.add(role.id());
            }
        }
        return names;
    }
}
