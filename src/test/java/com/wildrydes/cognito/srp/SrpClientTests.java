package com.wildrydes.cognito.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.wildrydes.cognito.srp.SrpClient.PasswordVerifierChallenge;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
import com.wildrydes.srp.SrpTimestamp;
import com.wildrydes.srp.SrpVectors;
import com.wildrydes.srp.SrpVectors.SrpCase;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The client's own steps against AWS's client; the shared formulas are checked in {@code com.wildrydes.srp}. */
class SrpClientTests {

    static List<SrpCase> vectors() {
        return SrpVectors.srpCases();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void srpAFromTheSecretMatchesAwsClient(SrpCase v) {
        assertThat(clientFor(v).srpA()).isEqualTo(v.srpA());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void premasterSecretMatchesServerSide(SrpCase v) {
        assertThat(clientFor(v).premasterSecret(hex(v.srpB()), hex(v.x()), hex(v.u())))
                .isEqualTo(hex(v.sharedSecret()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hkdfKeyMatchesAwsClient(SrpCase v) {
        byte[] key = clientFor(v).derivedKey(v.username(), v.password(), hex(v.salt()), hex(v.srpB()));
        assertThat(HexFormat.of().formatHex(key)).isEqualTo(v.hkdf());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void passwordClaimMatchesAwsClientAtTheVectorsTime(SrpCase v) {
        var claim = clientFor(v).answer(challengeOf(v), v.password(), SrpTimestamp.parse(v.timestamp()).orElseThrow());

        assertThat(claim.timestamp()).isEqualTo(v.timestamp());
        assertThat(claim.signature()).isEqualTo(v.passwordClaimSignature());
    }

    @Test
    void startedClientsUseAFreshLargeSecretEachTime() {
        SecureRandom random = new SecureRandom();
        SrpClient first = SrpClient.start("WildRydes", random);
        SrpClient second = SrpClient.start("WildRydes", random);

        assertThat(first.srpA()).isNotEqualTo(second.srpA()).matches("[0-9a-f]{700,768}");
    }

    @Test
    void answerRefusesBZeroModuloN() {
        SrpCase v = SrpVectors.srpCase("v1");
        var challenge = new PasswordVerifierChallenge(v.username(), v.salt(), SrpGroup.N.toString(16), v.secretBlock());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> clientFor(v).answer(challenge, v.password(), Instant.now()))
                .withMessageContaining("SRP_B");
    }

    private static SrpClient clientFor(SrpCase v) {
        return SrpClient.withSecret(v.poolName(), hex(v.smallA()));
    }

    private static PasswordVerifierChallenge challengeOf(SrpCase v) {
        return new PasswordVerifierChallenge(v.username(), v.salt(), v.srpB(), v.secretBlock());
    }

    private static BigInteger hex(String value) {
        return SrpHex.parse(value);
    }
}
