package io.triangulate.web.api;

import io.triangulate.account.AccountError;
import io.triangulate.account.AccountException;
import io.triangulate.account.AccountService;
import io.triangulate.account.Roles;
import io.triangulate.web.support.InvalidInputCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Accounts, for admins. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersApiResource {

    @Inject
    AccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @InvalidInputCode("INVALID_USER")
    public Response create(NewUserJson body) {
        if (body == null) {
            throw new AccountException(AccountError.INVALID_USER, "Send {\"username\", \"password\", \"roles\"}.");
        }
        UserJson created = UserJson.of(accounts.create(body.username(), body.password(), body.roles()));
        return Response.status(201).entity(created).build();
    }

    @GET
    public List<UserJson> list() {
        return accounts.all().stream().map(UserJson::of).toList();
    }
}
