package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.action.code.Totp;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Authenticator-app MFA over HTTP against the embedded pool (MFA OPTIONAL, as the site provisions it): turning it
 * on from /account with a code this test computes (RFC 6238), signing out, signing in with a code; wrong and
 * reused codes are refused with a message, never a 5xx.
 */
class AuthenticatorAppJourneyTests extends SiteWithLocalPool {

    private static final Pattern SECRET = Pattern.compile("data-testid=\"authenticator-secret\">([A-Z2-7 ]+)<");

    @Test
    void authenticatorWhenTurnedOnThenSignInAsksForItsCodeAndRefusesWrongAndReusedOnes() {
        String email = newEmail("careful");
        registerAndVerify(email, PASSWORD);
        assertThat(signIn(email, PASSWORD).path()).isEqualTo("/ride");
        assertThat(visitor.get("/account").body()).contains("Turn on authenticator app");

        String secret = startSetup();
        Page wrong = visitor.submit("/account/authenticator", "/account/authenticator",
                Map.of("code", wrongCode(secret)));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("That code is not right");
        String firstCode = code(secret, 0);
        Page on = visitor.submit("/account/authenticator", "/account/authenticator", Map.of("code", firstCode));
        assertThat(on.path()).isEqualTo("/account");
        assertThat(visitor.follow(on).body()).contains("Your authenticator app is on.")
                .contains("Turn off authenticator app");
        signOut();

        Page asked = signIn(email, PASSWORD);
        assertThat(asked.path()).isEqualTo("/signin/authenticator-code");
        assertThat(visitor.follow(asked).body()).contains("Enter the code from your app");
        Page reused = answer(firstCode);
        assertThat(reused.status()).isEqualTo(200);
        assertThat(reused.body()).contains("That code was used already");
        assertThat(answer(wrongCode(secret)).body()).contains("That code is not right");
        Page signedIn = answer(code(secret, 1)); // the next step's code: within Cognito's window, never used
        assertThat(signedIn.path()).isEqualTo("/ride");
        assertThat(visitor.follow(signedIn).body()).contains(email);
    }

    @Test
    void authenticatorWhenTurnedOffThenSignInAsksOnlyForThePassword() {
        String email = newEmail("relaxed");
        registerAndVerify(email, PASSWORD);
        signIn(email, PASSWORD);
        String secret = startSetup();
        visitor.submit("/account/authenticator", "/account/authenticator", Map.of("code", code(secret, 0)));

        Page off = visitor.submit("/account", "/account/authenticator/off", Map.of());

        assertThat(visitor.follow(off).body()).contains("Your authenticator app is off.");
        signOut();
        assertThat(signIn(email, PASSWORD).path()).isEqualTo("/ride");
    }

    @Test
    void authenticatorCodePageWithoutASignInInProgressThenBackToSignIn() {
        assertThat(visitor.get("/signin/authenticator-code").path()).isEqualTo("/signin");
        assertThat(visitor.get("/signin/authenticator-setup").path()).isEqualTo("/signin");
    }

    /** Starts the setup from /account and reads the secret off the page, as a person would type it in. */
    private String startSetup() {
        Page started = visitor.submit("/account", "/account/authenticator/start", Map.of());
        assertThat(started.path()).isEqualTo("/account/authenticator");
        Page setup = visitor.follow(started);
        assertThat(setup.body()).contains("src=\"data:image/svg+xml;base64,");
        Matcher secret = SECRET.matcher(setup.body());
        assertThat(secret.find()).as("the secret as text").isTrue();
        return secret.group(1).replace(" ", "");
    }

    private Page answer(String code) {
        return visitor.submit("/signin/authenticator-code", "/signin/authenticator-code", Map.of("code", code));
    }

    private static String code(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepsAhead);
    }

    /** A code no step of the window has: the next one's digits plus one, checked against the whole window. */
    private static String wrongCode(String secret) {
        long now = Totp.step(Instant.now());
        int guess = 0;
        while (true) {
            String candidate = String.format("%06d", guess++);
            boolean matches = false;
            for (long step = now - 2; step <= now + 2; step++) {
                matches |= Totp.code(secret, step).equals(candidate);
            }
            if (!matches) {
                return candidate;
            }
        }
    }

    private void signOut() {
        Page signedOut = visitor.post("/signout", Map.of("_csrf", visitor.get("/account").csrf()));
        assertThat(signedOut.path()).isEqualTo("/");
    }
}
