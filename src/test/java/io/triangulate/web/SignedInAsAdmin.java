package io.triangulate.web;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every {@code @QuarkusTest} request is sent as the bootstrap admin (preemptive HTTP Basic) unless
 * the test says otherwise: {@code given().auth().none()} for no credentials, {@link Accounts#as}
 * for another account. Registered in META-INF/services, so no test class has to remember it.
 */
public class SignedInAsAdmin implements QuarkusTestBeforeEachCallback {

    /** {@code %test.triangulate.admin.password} in application.properties. */
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "test-Admin-Pass-1";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(ADMIN, PASSWORD);
    }
}
