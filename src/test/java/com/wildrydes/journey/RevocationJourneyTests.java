package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Revocation takes effect at the next request, over real HTTP through the embedded local pool, with the session
 * rechecked on every request ({@code revalidate-interval=0s}): a rider an administrator disables or deletes, or who
 * signs out in another browser, loses /ride; an administrator removed from {@code admins} loses the admin pages
 * at once, with an ID token that still names the group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0",
        "wildrydes.session.revalidate-interval=0s",
        "wildrydes.local-pool.admins=" + RevocationJourneyTests.CHIEF + "," + RevocationJourneyTests.DEPUTY})
class RevocationJourneyTests {

    static final String CHIEF = "revocation-chief@example.com";
    static final String DEPUTY = "revocation-deputy@example.com";
    static final String PASSWORD = "Unicorn-Rides-42";
    static final String SESSION_ENDED = "Your session has ended, please sign in again.";

    @TempDir
    static Path poolData;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) {
        registry.add("wildrydes.local-pool.data-dir", poolData::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Test
    void rideWhenAdminDisablesTheRiderThenTheRidersNextRequestEndsOnSignIn() {
        String rider = newRider("disabled");
        SiteVisitor riding = signedInOnRide(rider);
        SiteVisitor chief = admin(CHIEF);

        Page done = act(chief, rider, "disable");

        assertThat(done.path()).isEqualTo("/admin/users");
        assertSessionEnded(riding);
    }

    @Test
    void rideWhenAdminDeletesTheRiderThenTheRidersNextRequestEndsOnSignIn() {
        String rider = newRider("deleted");
        SiteVisitor riding = signedInOnRide(rider);
        SiteVisitor chief = admin(CHIEF);

        act(chief, rider, "delete");

        assertThat(directory.listUsers(rider, null).users()).isEmpty();
        assertSessionEnded(riding);
    }

    @Test
    void rideWhenTheRiderSignsOutInAnotherBrowserThenThisSessionEndsToo() {
        String rider = newRider("two-browsers");
        SiteVisitor laptop = signedInOnRide(rider);
        SiteVisitor phone = signedInOnRide(rider);

        Page signedOut = phone.post("/signout", Map.of("_csrf", phone.get("/ride").csrf()));

        assertThat(signedOut.path()).isEqualTo("/");
        assertSessionEnded(laptop);
    }

    @Test
    void adminPagesWhenAdminRemovedFromAdminsThenForbiddenAtOnceAndCannotRegrantThemselves() {
        SiteVisitor deputy = admin(DEPUTY);
        assertThat(deputy.get("/admin/users").status()).isEqualTo(200);
        SiteVisitor chief = admin(CHIEF);

        act(chief, DEPUTY, "remove-admin");

        Page refused = deputy.get("/admin/users");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("This gate is closed");
        Page regrant = deputy.post("/admin/users/" + usernameOf(DEPUTY) + "/make-admin",
                Map.of("_csrf", deputy.get("/ride").csrf(), "confirm", "true", "email", DEPUTY, "q", "", "page", ""));
        assertThat(regrant.status()).isEqualTo(403);
        assertThat(directory.groupsOf(usernameOf(DEPUTY))).doesNotContain("admins");
        assertThat(deputy.get("/ride").body()).contains("href=\"/admin/users\""); // the token still names admins
    }

    /** A rider of this test's own, registered and verified through the site. */
    private String newRider(String who) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        register(email);
        return email;
    }

    private void register(String email) {
        SiteVisitor newcomer = visitor();
        newcomer.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        Page verified = newcomer.submit("/verify", "/verify",
                Map.of("email", email, "code", newcomer.codeSentTo(email)));
        assertThat(verified.path()).isEqualTo("/ride"); // verifying signs the rider in (SignUp's Session)
    }

    /** An administrator signed in; registered on first use (the context and its pool outlive one test). */
    private SiteVisitor admin(String email) {
        if (directory.listUsers(email, null).users().isEmpty()) {
            register(email);
        }
        return signedInOnRide(email);
    }

    private SiteVisitor signedInOnRide(String email) {
        SiteVisitor visitor = visitor();
        assertThat(visitor.signsInToRide(email, PASSWORD)).as("%s signs in to /ride", email).isTrue();
        return visitor;
    }

    /** One user action through the admin page, confirmed, as the administrator's browser sends it. */
    private Page act(SiteVisitor admin, String email, String action) {
        Page list = admin.get("/admin/users");
        assertThat(list.status()).isEqualTo(200);
        return admin.post("/admin/users/" + usernameOf(email) + "/" + action,
                Map.of("_csrf", list.csrf(), "confirm", "true", "email", email, "q", "", "page", ""));
    }

    private static void assertSessionEnded(SiteVisitor visitor) {
        Page ended = visitor.get("/ride");
        assertThat(ended.path()).isEqualTo("/signin");
        assertThat(visitor.follow(ended).body()).contains(SESSION_ENDED);
        assertThat(visitor.get("/ride").path()).as("still signed out afterwards").isEqualTo("/signin");
    }

    private String usernameOf(String email) {
        return directory.listUsers(email, null).users().get(0).username();
    }

    private SiteVisitor visitor() {
        return new SiteVisitor("http://127.0.0.1:" + port);
    }
}
