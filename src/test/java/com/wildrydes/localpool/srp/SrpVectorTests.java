package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server-side value of the five Cognito reference cases, and the client's signature verifying.
 * The vectors write x and u as plain hex (no {@code 00} sign byte, leading zero dropped), like the other numbers.
 */
class SrpVectorTests {

    static List<SrpVector> vectors() {
        return SrpVector.all();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorSaltAndPasswordThenPrivateKeyAndVerifierMatch(SrpVector vector) {
        BigInteger x = SrpDerivation.privateKey(vector.salt(), vector.poolName(), vector.username(),
                vector.password());
        BigInteger verifier = SrpDerivation.verifier(vector.salt(), vector.poolName(), vector.username(),
                vector.password());

        assertThat(SrpGroup.toHex(x)).isEqualTo(vector.x());
        assertThat(SrpGroup.toHex(verifier)).isEqualTo(vector.verifier());
        assertThat(vector.passwordVerifier().matches(vector.poolName(), vector.username(), vector.password()))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorSmallBThenChallengeCarriesItsSrpBAndSalt(SrpVector vector) {
        SrpServer server = new SrpServer(null, null);

        SrpChallenge challenge = server.challengeWith(vector.passwordVerifier(), vector.srpA(),
                new BigInteger(vector.smallB(), 16)).orElseThrow();

        assertThat(challenge.srpBHex()).isEqualTo(vector.srpB());
        assertThat(challenge.saltHex()).isEqualTo(vector.salt());
        assertThat(challenge.srpAHex()).isEqualTo(vector.srpA());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorAAndBThenScramblerServerSecretAndKeyMatch(SrpVector vector) {
        BigInteger srpA = new BigInteger(vector.srpA(), 16);
        BigInteger u = SrpDerivation.scrambler(srpA, new BigInteger(vector.srpB(), 16));
        BigInteger secret = SrpDerivation.serverSecret(srpA, vector.passwordVerifier().verifier(), u,
                new BigInteger(vector.smallB(), 16));

        assertThat(SrpGroup.toHex(u)).isEqualTo(vector.u());
        assertThat(SrpGroup.toHex(secret)).isEqualTo(vector.sharedSecret());
        assertThat(HexFormat.of().formatHex(SrpServer.sessionKey(vector.challenge(), vector.passwordVerifier())))
                .isEqualTo(vector.hkdf());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorClaimThenSignatureVerifies(SrpVector vector) {
        boolean verified = new SrpServer(null, null).verifyClaim(vector.challenge(), vector.passwordVerifier(),
                vector.poolName(), vector.username(), vector.secretBlockBytes(), vector.timestamp(),
                vector.passwordClaimSignature());

        assertThat(verified).isTrue();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorSmallAThenTestClientAgreesOnSecretAndSignature(SrpVector vector) {
        SrpTestClient client = new SrpTestClient(vector.poolName(), vector.username(), vector.password(),
                new BigInteger(vector.smallA(), 16));

        assertThat(client.srpAHex()).isEqualTo(vector.srpA());
        assertThat(SrpGroup.toHex(client.sharedSecret(vector.srpB(), vector.salt())))
                .isEqualTo(vector.sharedSecret());
        assertThat(client.claimSignature(vector.challenge(), vector.secretBlockBytes(), vector.timestamp()))
                .isEqualTo(vector.passwordClaimSignature());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void whenVectorClaimIsTamperedThenSignatureFails(SrpVector vector) {
        SrpServer server = new SrpServer(null, null);
        byte[] otherBlock = vector.secretBlockBytes();
        otherBlock[0] ^= 1;

        assertThat(server.verifyClaim(vector.challenge(), vector.passwordVerifier(), vector.poolName(),
                vector.username(), otherBlock, vector.timestamp(), vector.passwordClaimSignature())).isFalse();
        assertThat(server.verifyClaim(vector.challenge(), vector.passwordVerifier(), vector.poolName(),
                vector.username() + "x", vector.secretBlockBytes(), vector.timestamp(),
                vector.passwordClaimSignature())).isFalse();
        assertThat(server.verifyClaim(vector.challenge(), vector.passwordVerifier(), vector.poolName(),
                vector.username(), vector.secretBlockBytes(), vector.timestamp() + " ",
                vector.passwordClaimSignature())).isFalse();
    }
}
