package io.triangulate.web.api;

import java.util.List;

/** An account to create: {@code roles} are viewer, reviewer, editor or admin. */
public record NewUserJson(String username, String password, List<String> roles) {
}
