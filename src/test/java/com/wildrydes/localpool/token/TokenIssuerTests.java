package com.wildrydes.localpool.token;

import static com.wildrydes.localpool.token.TokenSubjects.CLIENT_ID;
import static com.wildrydes.localpool.token.TokenSubjects.ISSUER;
import static com.wildrydes.localpool.token.TokenSubjects.aRider;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.localpool.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenIssuerTests {

    private static final SigningKeys KEYS = SigningKeys.inMemory();
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00.750Z");
    private final TokenIssuer issuer = new TokenIssuer(KEYS, clock);

    @Test
    void whenIssuedThenBothTokensVerifyAgainstTheServedJwks() throws Exception {
        IssuedTokens tokens = issuer.issue(aRider(), ISSUER, ONE_HOUR, Duration.ofMinutes(5));
        SignedJWT id = SignedJWT.parse(tokens.idToken());
        SignedJWT access = SignedJWT.parse(tokens.accessToken());
        RSAKey published = (RSAKey) JWKSet.parse(KEYS.jwksJson()).getKeyByKeyId(id.getHeader().getKeyID());

        assertThat(id.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(access.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(id.getHeader().toJSONObject()).containsOnlyKeys("kid", "alg").containsEntry("alg", "RS256");
        assertThat(access.getHeader().toJSONObject()).containsOnlyKeys("kid", "alg");
        assertThat(tokens.expiresInSeconds()).isEqualTo(300);
    }

    @Test
    void whenIssuedThenIdTokenCarriesCognitosIdClaims() throws Exception {
        Map<String, Object> claims = payload(issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).idToken());

        assertThat(claims).containsOnlyKeys("sub", "aud", "email", "email_verified", "cognito:username",
                "token_use", "auth_time", "iss", "exp", "iat", "jti", "origin_jti");
        assertThat(claims).containsEntry("aud", CLIENT_ID).containsEntry("email_verified", true)
                .containsEntry("token_use", "id").containsEntry("iss", ISSUER)
                .containsEntry("email", "rider@example.com")
                .containsEntry("cognito:username", aRider().username())
                .containsEntry("auth_time", aRider().authTime().getEpochSecond())
                .containsEntry("iat", clock.instant().getEpochSecond())
                .containsEntry("exp", clock.instant().getEpochSecond() + 3600);
    }

    @Test
    void whenIssuedThenAccessTokenCarriesCognitosAccessClaims() throws Exception {
        Map<String, Object> claims = payload(issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).accessToken());

        assertThat(claims).containsOnlyKeys("sub", "client_id", "username", "token_use", "scope", "auth_time",
                "iss", "exp", "iat", "jti", "origin_jti");
        assertThat(claims).containsEntry("client_id", CLIENT_ID).containsEntry("token_use", "access")
                .containsEntry("scope", "aws.cognito.signin.user.admin")
                .containsEntry("username", aRider().username()).containsEntry("sub", aRider().sub());
    }

    @Test
    void whenUserHasNoEmailThenIdTokenLeavesOutBothEmailClaims() throws Exception {
        TokenSubject noEmail = new TokenSubject("sub-1", "rider", null, false, CLIENT_ID, List.of(),
                aRider().authTime(), null);

        Map<String, Object> claims = payload(issuer.issue(noEmail, ISSUER, ONE_HOUR, ONE_HOUR).idToken());

        assertThat(claims).doesNotContainKeys("email", "email_verified").containsEntry("cognito:username", "rider");
    }

    @Test
    void whenUserIsInGroupsThenBothTokensListThem() throws Exception {
        IssuedTokens tokens = issuer.issue(TokenSubjects.inGroups(aRider(), "admins", "riders"), ISSUER,
                ONE_HOUR, ONE_HOUR);

        assertThat(payload(tokens.idToken())).containsEntry("cognito:groups", List.of("admins", "riders"));
        assertThat(payload(tokens.accessToken())).containsEntry("cognito:groups", List.of("admins", "riders"));
    }

    @Test
    void whenSignInIsNewThenBothTokensShareAFreshOriginButNotTheirIds() throws Exception {
        Map<String, Object> id = payload(issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).idToken());
        IssuedTokens again = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR);

        assertThat(payload(again.idToken()).get("origin_jti")).isEqualTo(payload(again.accessToken())
                .get("origin_jti")).isNotEqualTo(id.get("origin_jti"));
        assertThat(payload(again.idToken()).get("jti")).isNotEqualTo(payload(again.accessToken()).get("jti"));
    }

    @Test
    void whenRefreshedThenTokensKeepTheOriginalSignIn() throws Exception {
        TokenSubject refreshed = TokenSubjects.refreshedFrom(aRider(), "5e1d-origin");

        IssuedTokens tokens = issuer.issue(refreshed, ISSUER, ONE_HOUR, ONE_HOUR);

        assertThat(payload(tokens.idToken())).containsEntry("origin_jti", "5e1d-origin");
        assertThat(payload(tokens.accessToken())).containsEntry("origin_jti", "5e1d-origin");
    }

    @Test
    void toStringHidesTheTokens() {
        IssuedTokens tokens = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR);

        assertThat(tokens.toString()).doesNotContain(tokens.idToken()).doesNotContain(tokens.accessToken())
                .doesNotContain("eyJ");
    }

    private static Map<String, Object> payload(String token) throws Exception {
        return SignedJWT.parse(token).getPayload().toJSONObject();
    }
}
