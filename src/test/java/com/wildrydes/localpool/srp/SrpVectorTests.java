package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.srp.SrpDerivation;
import com.wildrydes.srp.SrpHex;
import com.wildrydes.srp.SrpVectors;
import com.wildrydes.srp.SrpVectors.SrpCase;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server-side value of the five Cognito reference cases, and the client's signature verifying.
 * The shared formulas (x, u, the key, the signature) are checked on their own in {@code com.wildrydes.srp}.
 */
class SrpVectorTests {

    static List<SrpCase> vectors() {
        return SrpVectors.srpCases();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorSaltAndPasswordThenStoredVerifierMatches(SrpCase vector) {
        assertThat(verifierOf(vector).matches(vector.poolName(), vector.username(), vector.password())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorSmallBThenChallengeCarriesItsSrpBAndSalt(SrpCase vector) {
        SrpServer server = new SrpServer(null, null);

        SrpChallenge challenge = server.challengeWith(verifierOf(vector), vector.srpA(),
                new BigInteger(vector.smallB(), 16)).orElseThrow();

        assertThat(challenge.srpBHex()).isEqualTo(vector.srpB());
        assertThat(challenge.saltHex()).isEqualTo(vector.salt());
        assertThat(challenge.srpAHex()).isEqualTo(vector.srpA());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorAAndBThenScramblerServerSecretAndKeyMatch(SrpCase vector) {
        BigInteger srpA = new BigInteger(vector.srpA(), 16);
        BigInteger u = SrpDerivation.scramblingParameter(srpA, new BigInteger(vector.srpB(), 16));
        BigInteger secret = SrpServer.premasterSecret(srpA, verifierOf(vector).verifier(), u,
                new BigInteger(vector.smallB(), 16));

        assertThat(SrpHex.unpadded(u)).isEqualTo(vector.u());
        assertThat(SrpHex.unpadded(secret)).isEqualTo(vector.sharedSecret());
        assertThat(HexFormat.of().formatHex(SrpServer.sessionKey(challengeOf(vector), verifierOf(vector))))
                .isEqualTo(vector.hkdf());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorClaimThenSignatureVerifies(SrpCase vector) {
        boolean verified = new SrpServer(null, null).verifyClaim(challengeOf(vector), verifierOf(vector),
                vector.poolName(), vector.username(), vector.secretBlockBytes(), vector.timestamp(),
                vector.passwordClaimSignature());

        assertThat(verified).isTrue();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorSmallAThenTestClientAgreesOnSecretAndSignature(SrpCase vector) {
        SrpTestClient client = new SrpTestClient(vector.poolName(), vector.username(), vector.password(),
                new BigInteger(vector.smallA(), 16));

        assertThat(client.srpAHex()).isEqualTo(vector.srpA());
        assertThat(SrpHex.unpadded(client.sharedSecret(vector.srpB(), vector.salt())))
                .isEqualTo(vector.sharedSecret());
        assertThat(client.claimSignature(challengeOf(vector), vector.secretBlockBytes(), vector.timestamp()))
                .isEqualTo(vector.passwordClaimSignature());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorClaimIsTamperedThenSignatureFails(SrpCase vector) {
        SrpServer server = new SrpServer(null, null);
        byte[] otherBlock = vector.secretBlockBytes();
        otherBlock[0] ^= 1;

        assertThat(server.verifyClaim(challengeOf(vector), verifierOf(vector), vector.poolName(),
                vector.username(), otherBlock, vector.timestamp(), vector.passwordClaimSignature())).isFalse();
        assertThat(server.verifyClaim(challengeOf(vector), verifierOf(vector), vector.poolName(),
                vector.username() + "x", vector.secretBlockBytes(), vector.timestamp(),
                vector.passwordClaimSignature())).isFalse();
        assertThat(server.verifyClaim(challengeOf(vector), verifierOf(vector), vector.poolName(),
                vector.username(), vector.secretBlockBytes(), vector.timestamp() + " ",
                vector.passwordClaimSignature())).isFalse();
    }

    private static PasswordVerifier verifierOf(SrpCase vector) {
        return new PasswordVerifier(vector.salt(), vector.verifier());
    }

    private static SrpChallenge challengeOf(SrpCase vector) {
        return new SrpChallenge(new BigInteger(vector.smallB(), 16), vector.srpB(), vector.salt(), vector.srpA());
    }
}
