package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The product's main job, end to end over real HTTP: the site with nothing configured starts the
 * embedded local pool, and a newcomer registers, reads the code in the outbox, verifies, signs in
 * with SRP through the AWS SDK, rides and signs out.
 */
class NewcomerJourneyTests extends SiteWithLocalPool {

    @Test
    void newcomerWhenRegistersVerifiesAndSignsInThenRidesAndSignsOut() {
        String email = newEmail("newcomer");
        assertThat(visitor.get("/").body()).contains("GIDDY UP!");

        Page registered = visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertThat(registered.path()).isEqualTo("/verify");
        assertThat(visitor.follow(registered).body()).contains("/local/outbox");

        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        assertThat(verified.path()).isEqualTo("/ride"); // signed in by verifying: SignUp's Session, then USER_AUTH
        assertThat(visitor.follow(verified).body()).contains(email);
        visitor.startAfresh(); // a new browser: the password still signs in

        Page signedIn = visitor.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));
        assertThat(signedIn.path()).isEqualTo("/ride");
        Page ride = visitor.follow(signedIn);
        assertThat(ride.status()).isEqualTo(200);
        assertThat(ride.body()).contains(email).contains("eyJ");

        Page signedOut = visitor.post("/signout", Map.of("_csrf", ride.csrf()));
        assertThat(signedOut.path()).isEqualTo("/");
        assertThat(visitor.get("/ride").path()).isEqualTo("/signin");
    }

    @Test
    void signInWhenPasswordWrongThenSaysIncorrectAndKeepsEmail() {
        String email = newEmail("forgetful");
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        visitor.startAfresh();

        Page refused = visitor.submit("/signin", "/signin", Map.of("email", email, "password", "Wrong-Password-1"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Incorrect email or password").contains("value=\"" + email + "\"");
        assertThat(refused.body()).doesNotContain("Wrong-Password-1");
    }

    @Test
    void signInWhenNotYetVerifiedThenSendsToVerify() {
        String email = newEmail("hasty");
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));

        Page refused = visitor.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));

        assertThat(refused.path()).isEqualTo("/verify");
    }
}
