package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.wildrydes.localpool.MutableClock;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
import com.wildrydes.srp.SrpTimestamp;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SrpServerTests {

    private static final String POOL = "AbC123xYz";
    private static final String USER = "3f1c2b8e-7d6a-4e2f-9a1b-0c5d4e3f2a1b";
    private static final String TIMESTAMP = "Tue Dec 1 09:05:03 UTC 2026";

    private final SecureRandom random = new SecureRandom();
    private final SrpServer server = new SrpServer(random, MutableClock.at("2026-12-01T09:05:03Z"));
    private final PasswordVerifier verifier = PasswordVerifier.create(POOL, USER, "Passw0rd!", random);
    private final byte[] secretBlock = randomBytes(64);

    @Test
    void whenClientKnowsThePasswordThenClaimVerifies() {
        SrpTestClient client = aClient("Passw0rd!");
        SrpChallenge challenge = server.challenge(verifier, client.srpAHex());

        String signature = client.claimSignature(challenge, secretBlock, TIMESTAMP);

        assertThat(server.verifyClaim(challenge, verifier, POOL, USER, secretBlock, TIMESTAMP, signature)).isTrue();
    }

    @Test
    void whenClientSignsWithAWrongPasswordThenClaimFails() {
        SrpTestClient client = aClient("Passw0rd?");
        SrpChallenge challenge = server.challenge(verifier, client.srpAHex());

        String signature = client.claimSignature(challenge, secretBlock, TIMESTAMP);

        assertThat(server.verifyClaim(challenge, verifier, POOL, USER, secretBlock, TIMESTAMP, signature))
                .isFalse();
    }

    @Test
    void whenChallengedTwiceThenEachHasAFreshSecretOfAtMost256Bits() {
        String srpA = aClient("Passw0rd!").srpAHex();

        SrpChallenge first = server.challenge(verifier, srpA);
        SrpChallenge second = server.challenge(verifier, srpA);

        assertThat(first.b()).isNotEqualTo(second.b());
        assertThat(first.srpBHex()).isNotEqualTo(second.srpBHex());
        assertThat(first.b().bitLength()).isLessThanOrEqualTo(256).isGreaterThan(200);
        assertThat(first.saltHex()).isEqualTo(verifier.saltHex());
    }

    @Test
    void whenSrpAIsAMultipleOfNThenChallengeIsRefused() {
        for (BigInteger a : new BigInteger[] {BigInteger.ZERO, SrpGroup.N, SrpGroup.N.shiftLeft(1)}) {
            assertThatIllegalArgumentException().isThrownBy(() -> server.challenge(verifier, SrpHex.unpadded(a)));
        }
    }

    @Test
    void whenSrpAIsNotHexThenChallengeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> server.challenge(verifier, "-1234"));
        assertThatIllegalArgumentException().isThrownBy(() -> server.challenge(verifier, null));
    }

    @Test
    void whenSignatureIsNotBase64OrInputIsMissingThenClaimFails() {
        SrpTestClient client = aClient("Passw0rd!");
        SrpChallenge challenge = server.challenge(verifier, client.srpAHex());
        String signature = client.claimSignature(challenge, secretBlock, TIMESTAMP);

        assertThat(server.verifyClaim(challenge, verifier, POOL, USER, secretBlock, TIMESTAMP, "%%not base64%%"))
                .isFalse();
        assertThat(server.verifyClaim(challenge, verifier, POOL, USER, secretBlock, null, signature)).isFalse();
        assertThat(server.verifyClaim(null, verifier, POOL, USER, secretBlock, TIMESTAMP, signature)).isFalse();
        assertThat(server.verifyClaim(challenge, verifier, POOL, USER, null, TIMESTAMP, signature)).isFalse();
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(Base64.getDecoder().decode(signature), 16));
        assertThat(server.verifyClaim(challenge, verifier, POOL, USER, secretBlock, TIMESTAMP, truncated))
                .isFalse();
    }

    @Test
    void challengeToStringLeavesOutTheServerSecret() {
        SrpChallenge challenge = server.challenge(verifier, aClient("Passw0rd!").srpAHex());

        assertThat(challenge.toString()).contains(challenge.srpBHex())
                .doesNotContain(challenge.b().toString(16)).doesNotContain(challenge.b().toString());
    }

    @Test
    void whenTimestampIsWithinFiveMinutesOfTheClockThenItIsAcceptable() {
        Instant now = Instant.parse("2026-12-01T09:05:03Z");
        SrpServer server = new SrpServer(null, new MutableClock(now));

        assertThat(server.timestampAcceptable(SrpTimestamp.format(now))).isTrue();
        assertThat(server.timestampAcceptable(SrpTimestamp.format(now.minus(Duration.ofMinutes(5))))).isTrue();
        assertThat(server.timestampAcceptable(SrpTimestamp.format(now.plus(Duration.ofMinutes(5))))).isTrue();
    }

    @Test
    void whenTimestampIsFurtherThanFiveMinutesOrMalformedThenItIsNotAcceptable() {
        Instant now = Instant.parse("2026-12-01T09:05:03Z");
        SrpServer server = new SrpServer(null, new MutableClock(now));
        Duration tooFar = Duration.ofMinutes(5).plusSeconds(1);

        assertThat(server.timestampAcceptable(SrpTimestamp.format(now.minus(tooFar)))).isFalse();
        assertThat(server.timestampAcceptable(SrpTimestamp.format(now.plus(tooFar)))).isFalse();
        assertThat(server.timestampAcceptable("Tue Dec 01 09:05:03 UTC 2026")).isFalse();
        assertThat(server.timestampAcceptable(null)).isFalse();
    }

    @Test
    void whenTimestampIsInCognitosSpellingThenTheServerParsesIt() {
        assertThat(SrpTimestamp.parse("Tue Dec 1 09:05:03 UTC 2026"))
                .contains(Instant.parse("2026-12-01T09:05:03Z"));
        assertThat(SrpTimestamp.parse("Tue Dec 01 09:05:03 UTC 2026")).isEmpty();
    }

    private SrpTestClient aClient(String password) {
        return new SrpTestClient(POOL, USER, password, new BigInteger(1, randomBytes(128)));
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
