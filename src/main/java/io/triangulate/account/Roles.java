package io.triangulate.account;

/** Role names as constants, for {@code @RolesAllowed}. See {@link Role} for what each may do. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
