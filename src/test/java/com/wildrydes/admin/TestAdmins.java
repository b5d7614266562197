package com.wildrydes.admin;

import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.token.VerifiedIdentity;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.signin.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Test data for the users page: who is signed in, and users as the directory lists them. */
final class TestAdmins {

    static final String ADMIN_EMAIL = "boss@example.com";
    static final String ADMIN_SUB = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    static final Instant CREATED = Instant.parse("2026-11-27T09:05:03Z");
    static final Instant MODIFIED = Instant.parse("2026-11-28T14:30:00Z");

    private TestAdmins() {
    }

    /** A signed-in member of the {@code admins} group. */
    static Authentication admin() {
        SignedInUser user = SignedInUser.of(adminSignIn());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    /** A signed-in rider in no admin group. */
    static Authentication rider() {
        return TestTokens.riderAuthentication();
    }

    /** What Cognito answers when the admin signs in: verified tokens that name the admins group. */
    static SignInResult.Authenticated adminSignIn() {
        VerifiedIdentity identity = new VerifiedIdentity(ADMIN_SUB, ADMIN_SUB, ADMIN_EMAIL, true,
                List.of("admins", "riders"), TestTokens.FRESH_UNTIL, Map.of("sub", ADMIN_SUB, "email", ADMIN_EMAIL));
        return new SignInResult.Authenticated(TestTokens.forRider(ADMIN_EMAIL, ADMIN_SUB), identity);
    }

    static DirectoryUser user(String email, String status) {
        return new DirectoryUser(usernameOf(email), email, status, !"UNCONFIRMED".equals(status), true,
                CREATED, MODIFIED);
    }

    static DirectoryUser disabledUser(String email) {
        return new DirectoryUser(usernameOf(email), email, "CONFIRMED", true, false, CREATED, MODIFIED);
    }

    /** Cognito usernames of email pools are UUIDs; a stable fake one per email. */
    static String usernameOf(String email) {
        return UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
