package com.wildrydes.localpool.token;

import static com.wildrydes.localpool.token.TokenSubjects.CLIENT_ID;
import static com.wildrydes.localpool.token.TokenSubjects.ISSUER;
import static com.wildrydes.localpool.token.TokenSubjects.aRider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.localpool.MutableClock;
import com.wildrydes.localpool.token.InvalidAccessTokenException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

class AccessTokenReaderTests {

    private static final SigningKeys KEYS = SigningKeys.inMemory();
    private static final SigningKeys OTHER_KEYS = SigningKeys.inMemory();
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    private final TokenIssuer issuer = new TokenIssuer(KEYS, clock);
    private final AccessTokenReader reader = new AccessTokenReader(KEYS, clock);

    @Test
    void whenTokenIsFreshThenItsClaimsAreRead() throws Exception {
        String token = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).accessToken();
        JWTClaimsSet issued = SignedJWT.parse(token).getJWTClaimsSet();

        AccessTokenClaims claims = reader.read(token, ISSUER);

        assertThat(claims).isEqualTo(new AccessTokenClaims(aRider().sub(), aRider().username(), CLIENT_ID,
                issued.getJWTID(), issued.getStringClaim("origin_jti"), clock.instant(),
                clock.instant().plus(ONE_HOUR)));
    }

    @Test
    void whenTokenHasExpiredThenItIsRefusedWithCognitosMessage() {
        String token = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).accessToken();
        clock.advance(ONE_HOUR.minusSeconds(1));
        assertThat(reader.read(token, ISSUER).sub()).isEqualTo(aRider().sub());

        clock.advance(Duration.ofSeconds(1));

        assertRefused(token, ISSUER, Reason.EXPIRED, "Access Token has expired");
    }

    @Test
    void whenTokenComesFromAnotherPoolThenItIsRefused() {
        String token = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).accessToken();

        assertRefused(token, "http://127.0.0.1:9229/ap-northeast-2_Other", Reason.WRONG_ISSUER,
                "Invalid Access Token");
    }

    @Test
    void whenAnIdTokenIsOfferedThenItIsRefused() {
        String idToken = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).idToken();

        assertRefused(idToken, ISSUER, Reason.WRONG_TOKEN_USE, "Invalid Access Token");
    }

    @Test
    void whenPayloadIsTamperedThenSignatureFails() {
        String[] parts = issuer.issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR).accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(aRider().sub(), "00000000-0000-0000-0000-000000000000");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(forged, ISSUER, Reason.BAD_SIGNATURE, "Invalid Access Token");
    }

    @Test
    void whenTokenIsSignedByAnotherKeyThenItIsRefused() throws Exception {
        String foreign = new TokenIssuer(OTHER_KEYS, clock).issue(aRider(), ISSUER, ONE_HOUR, ONE_HOUR)
                .accessToken();
        SignedJWT sameKidOtherKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEYS.keyId())
                .build(), SignedJWT.parse(foreign).getJWTClaimsSet());
        sameKidOtherKey.sign(new RSASSASigner(OTHER_KEYS.signingKey()));

        assertRefused(foreign, ISSUER, Reason.BAD_SIGNATURE, "Invalid Access Token");
        assertRefused(sameKidOtherKey.serialize(), ISSUER, Reason.BAD_SIGNATURE, "Invalid Access Token");
    }

    @Test
    void whenTokenIsNotAJwtThenItIsRefusedAsMalformed() {
        assertRefused("not-a-token", ISSUER, Reason.MALFORMED, "Invalid Access Token");
        assertRefused(null, ISSUER, Reason.MALFORMED, "Invalid Access Token");
        assertRefused("eyJhbGciOiJub25lIn0.eyJ0b2tlbl91c2UiOiJhY2Nlc3MifQ.", ISSUER, Reason.MALFORMED,
                "Invalid Access Token");
    }

    @Test
    void whenExpiryIsMissingThenTokenIsRefused() throws Exception {
        JWTClaimsSet noExpiry = new JWTClaimsSet.Builder().subject("s").issuer(ISSUER)
                .issueTime(Date.from(Instant.parse("2026-12-01T09:00:00Z")))
                .claim("token_use", "access").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEYS.keyId()).build(),
                noExpiry);
        jwt.sign(new RSASSASigner(KEYS.signingKey()));

        assertRefused(jwt.serialize(), ISSUER, Reason.EXPIRED, "Access Token has expired");
    }

    private void assertRefused(String token, String issuer, Reason reason, String message) {
        assertThatThrownBy(() -> reader.read(token, issuer))
                .isInstanceOfSatisfying(InvalidAccessTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(message);
    }
}
