package com.wildrydes.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.wildrydes.cognito.SrpClient.PasswordVerifierChallenge;
import com.wildrydes.cognito.SrpVectors.SrpCase;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
    void scramblingParameterMatchesAwsClient(SrpCase v) {
        assertThat(clientFor(v).scramblingParameter(hex(v.srpB()))).isEqualTo(hex(v.u()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void privateKeyHashesPoolNameUserAndPassword(SrpCase v) {
        assertThat(clientFor(v).privateKey(v.username(), v.password(), hex(v.salt()))).isEqualTo(hex(v.x()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void premasterSecretMatchesServerSide(SrpCase v) {
        assertThat(clientFor(v).premasterSecret(hex(v.srpB()), hex(v.x()), hex(v.u()))).isEqualTo(hex(v.S()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hkdfKeyMatchesAwsClient(SrpCase v) {
        assertThat(HexFormat.of().formatHex(SrpClient.hkdf(hex(v.S()), hex(v.u())))).isEqualTo(v.hkdf());
        byte[] key = clientFor(v).derivedKey(v.username(), v.password(), hex(v.salt()), hex(v.srpB()));
        assertThat(HexFormat.of().formatHex(key)).isEqualTo(v.hkdf());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void passwordClaimMatchesAwsClientAtTheVectorsTime(SrpCase v) {
        var claim = clientFor(v).answer(challengeOf(v), v.password(), parseTimestamp(v.timestamp()));

        assertThat(claim.timestamp()).isEqualTo(v.timestamp());
        assertThat(claim.signature()).isEqualTo(v.passwordClaimSignature());
    }

    @Test
    void timestampHasNoZeroPaddedDayAndEnglishNamesInUtc() {
        Instant nearMidnightInSeoul = Instant.parse("2026-11-01T15:04:05Z");

        assertThat(SrpClient.TIMESTAMP.format(nearMidnightInSeoul)).isEqualTo("Sun Nov 1 15:04:05 UTC 2026");
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

    @Test
    void padHexAddsASignByteOnlyWhenTheTopBitIsSet() {
        assertThat(SrpGroup.padHex(BigInteger.valueOf(0x7f))).isEqualTo("7f");
        assertThat(SrpGroup.padHex(BigInteger.valueOf(0x80))).isEqualTo("0080");
        assertThat(SrpGroup.padHex(BigInteger.valueOf(0xabc))).isEqualTo("0abc");
    }

    static SrpClient clientFor(SrpCase v) {
        return new SrpClient(v.poolName(), hex(v.smallA()));
    }

    static PasswordVerifierChallenge challengeOf(SrpCase v) {
        return new PasswordVerifierChallenge(v.username(), v.salt(), v.srpB(), v.secretBlock());
    }

    static Instant parseTimestamp(String timestamp) {
        return ZonedDateTime.parse(timestamp, SrpClient.TIMESTAMP).toInstant();
    }

    private static BigInteger hex(String value) {
        return new BigInteger(value, 16);
    }
}
