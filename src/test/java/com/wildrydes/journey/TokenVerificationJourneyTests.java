package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.token.TokenVerifier;
import com.wildrydes.cognito.token.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * The site's {@link TokenVerifier} against the running local pool and the key set it serves: genuine tokens pass;
 * a tampered, foreign-key, other-pool or expired ID token is refused. Forged tokens start from a real sign-in;
 * where they need a valid signature they are signed with the pool's own key, read from its data directory.
 */
class TokenVerificationJourneyTests extends SiteWithLocalPool {

    @Autowired
    CognitoSettings settings;

    String email;
    Tokens genuine;
    TokenVerifier verifier;

    @BeforeEach
    void signInThroughTheSdk() {
        email = newEmail("checked");
        registerAndVerify(email, PASSWORD);
        AuthenticationResultType result = pool().signIn(email, PASSWORD);
        genuine = new Tokens(result.idToken(), result.accessToken(), result.refreshToken(),
                Instant.now().plusSeconds(result.expiresIn()));
        verifier = TokenVerifier.forIssuer(TokenVerifier.issuerFor(settings, pool().poolId()), pool().clientId());
    }

    @Test
    void verifyWhenGenuineOrResignedWithThePoolKeyThenTheRider() throws Exception {
        assertThat(verifier.verify(genuine).email()).isEqualTo(email);
        assertThat(verifier.verify(withIdToken(signed(idClaims().build(), poolKey()))).email()).isEqualTo(email);
    }

    @Test
    void verifyWhenPayloadTamperedWithThenRefused() throws Exception {
        String[] parts = genuine.idToken().split("\\.");
        String payload = Base64URL.encode(idClaims().claim("email", "mallory@example.com").build().toString())
                .toString();

        assertRefused(withIdToken(parts[0] + "." + payload + "." + parts[2]));
    }

    @Test
    void verifyWhenSignedByAnUnknownKeyWithThePoolsKeyIdThenRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(poolKey().getKeyID()).generate();

        assertRefused(withIdToken(signed(idClaims().build(), stranger)));
    }

    @Test
    void verifyWhenIssuedForAnotherPoolThenRefused() throws Exception {
        String otherPoolId = cognito.createUserPool(request -> request.poolName("Elsewhere")).userPool().id();
        String otherIssuer = TokenVerifier.issuerFor(settings, otherPoolId);

        assertRefused(withIdToken(signed(idClaims().issuer(otherIssuer).build(), poolKey())));
    }

    @Test
    void verifyWhenExpiredBeyondClockSkewThenRefused() throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet expired = idClaims().issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1)))).build();

        assertRefused(withIdToken(signed(expired, poolKey())));
    }

    private void assertRefused(Tokens tokens) {
        assertThatThrownBy(() -> verifier.verify(tokens)).isInstanceOf(CognitoAuthException.class)
                .satisfies(e -> assertThat(((CognitoAuthException) e).failure()).isEqualTo(CognitoFailureReason.NOT_AUTHORIZED))
                .hasMessageNotContaining(tokens.idToken());
    }

    private Tokens withIdToken(String idToken) {
        return new Tokens(idToken, genuine.accessToken(), genuine.refreshToken(), genuine.expiresAt());
    }

    private JWTClaimsSet.Builder idClaims() throws ParseException {
        return new JWTClaimsSet.Builder(SignedJWT.parse(genuine.idToken()).getJWTClaimsSet());
    }

    /** The key the local pool signs with, as it keeps it in its data directory. */
    private static RSAKey poolKey() throws IOException, ParseException {
        return RSAKey.parse(Files.readString(POOL_DATA.resolve("signing-key.json")));
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
