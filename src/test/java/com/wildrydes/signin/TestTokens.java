package com.wildrydes.signin;

import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Test data: Cognito-shaped tokens (an ID token with a real JWT layout, not a valid signature) and riders. */
public final class TestTokens {

    public static final String EMAIL = "rider@example.com";
    public static final String SUB = "7d8ca528-4931-4254-9273-ea5ee853f271";
    public static final long ISSUED_AT = 1_795_770_303L; // 2026-11-27 09:05:03 UTC
    /**
     * When test riders' access tokens expire: an hour after the tests start, so that the silent refresh
     * (due a minute before expiry) never fires unless a test asks for it, whatever the wall clock says.
     */
    public static final Instant FRESH_UNTIL = Instant.now().plus(Duration.ofHours(1));

    private TestTokens() {
    }

    public static Tokens forRider(String email, String sub) {
        String payload = "{\"sub\":\"" + sub + "\",\"email\":\"" + email + "\",\"email_verified\":true,"
                + "\"cognito:username\":\"" + sub + "\",\"cognito:groups\":[\"riders\"],\"token_use\":\"id\","
                + "\"aud\":\"abcdefghijklmnopqrstuvwxyz\",\"iss\":\"http://127.0.0.1:9229/ap-northeast-2_AbC123xYz\","
                + "\"auth_time\":" + ISSUED_AT + ",\"iat\":" + ISSUED_AT + ",\"exp\":" + (ISSUED_AT + 3600) + "}";
        String idToken = base64Url("{\"kid\":\"test-key\",\"alg\":\"RS256\"}") + "." + base64Url(payload) + "."
                + base64Url("not-a-real-signature");
        return new Tokens(idToken, "access-token-for-tests", "refresh-token-for-tests", FRESH_UNTIL);
    }

    public static Tokens forRider() {
        return forRider(EMAIL, SUB);
    }

    /** What a verified rider's tokens say, as {@code TokenVerifier} would read them. */
    public static VerifiedIdentity identityOf(String email, String sub) {
        Map<String, String> claims = Map.of("sub", sub, "email", email, "email_verified", "true",
                "cognito:username", sub, "cognito:groups", "riders", "token_use", "id",
                "aud", "abcdefghijklmnopqrstuvwxyz", "iss", "http://127.0.0.1:9229/ap-northeast-2_AbC123xYz",
                "iat", String.valueOf(ISSUED_AT), "exp", String.valueOf(ISSUED_AT + 3600));
        return new VerifiedIdentity(sub, sub, email, true, List.of("riders"),
                FRESH_UNTIL, claims);
    }

    /** A sign-in Cognito accepted and whose tokens verified. */
    public static SignInResult.Authenticated authenticated(String email, String sub) {
        return new SignInResult.Authenticated(forRider(email, sub), identityOf(email, sub));
    }

    public static SignInResult.Authenticated authenticated() {
        return authenticated(EMAIL, SUB);
    }

    /** A signed-in rider whose access token expires at the given instant. */
    public static SignedInUser riderWhoseAccessExpiresAt(Instant accessExpiresAt) {
        VerifiedIdentity identity = identityOf(EMAIL, SUB);
        Tokens tokens = forRider();
        return new SignedInUser(
                new Tokens(tokens.idToken(), tokens.accessToken(), tokens.refreshToken(), accessExpiresAt),
                new VerifiedIdentity(identity.sub(), identity.username(), identity.email(), identity.emailVerified(),
                        identity.groups(), accessExpiresAt, identity.idTokenClaims()));
    }

    public static SignedInUser signedInRider() {
        return SignedInUser.of(authenticated());
    }

    /** What the security context holds once the rider has signed in. */
    public static Authentication riderAuthentication() {
        SignedInUser rider = signedInRider();
        return UsernamePasswordAuthenticationToken.authenticated(rider, null, rider.authorities());
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
