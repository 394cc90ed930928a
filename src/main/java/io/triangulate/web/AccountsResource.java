package io.triangulate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triangulate.account.Account;
import io.triangulate.account.AccountException;
import io.triangulate.account.AccountService;
import io.triangulate.account.Role;
import io.triangulate.account.Roles;
import io.triangulate.web.support.Flash;
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
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The admin page of accounts: create, change roles, reset a password, disable, delete. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Roles.ADMIN)
public class AccountsResource {

    private static final String PAGE = "/admin/users";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Account> accounts, List<Role> roles, String username, String error);
    }

    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance index() {
        return page("", null);
    }

    @POST
    public Response create(@RestForm String username, @RestForm String password, @RestForm List<String> roles) {
        try {
            Account account = accounts.create(username, password, roles);
            return Flash.seeOther(PAGE, "Account created: " + account.username + ".");
        } catch (AccountException e) {
            return Response.status(e.error().status()).entity(page(username, e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/roles")
    public Response changeRoles(@RestPath long id, @RestForm List<String> roles) {
        return change(() -> accounts.changeRoles(id, roles), "Roles changed");
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@RestPath long id, @RestForm String password) {
        return change(() -> accounts.resetPassword(id, password), "Password reset");
    }

    @POST
    @Path("{id}/enabled")
    public Response setEnabled(@RestPath long id, @RestForm boolean enabled) {
        return change(() -> accounts.setEnabled(id, enabled), enabled ? "Account enabled" : "Account disabled");
    }

    @POST
    @Path("{id}/deletion")
    public Response delete(@RestPath long id) {
        return change(() -> accounts.delete(id), "Account deleted");
    }

    /** A refused change is said in the flash of the same page, next to the list it concerns. */
    private static Response change(Supplier<Account> change, String done) {
        try {
            return Flash.seeOther(PAGE, done + ": " + change.get().username + ".");
        } catch (AccountException e) {
            return Flash.seeOther(PAGE, "Not changed: " + e.getMessage());
        }
    }

    private TemplateInstance page(String username, String error) {
        return Templates.index(accounts.all(), List.of(Role.values()), username == null ? "" : username, error);
    }
}
