package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.srp.SrpVectors;
import com.wildrydes.srp.SrpVectors.SrpCase;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordVerifierTests {

    private static final String POOL = "AbC123xYz";
    private static final String USER = "3f1c2b8e-7d6a-4e2f-9a1b-0c5d4e3f2a1b";

    private final SecureRandom random = new SecureRandom();

    @Test
    void whenSamePasswordThenMatches() {
        PasswordVerifier verifier = PasswordVerifier.create(POOL, USER, "Passw0rd!", random);

        assertThat(verifier.matches(POOL, USER, "Passw0rd!")).isTrue();
    }

    @Test
    void whenPasswordUserOrPoolDiffersThenDoesNotMatch() {
        PasswordVerifier verifier = PasswordVerifier.create(POOL, USER, "Passw0rd!", random);

        assertThat(verifier.matches(POOL, USER, "passw0rd!")).isFalse();
        assertThat(verifier.matches(POOL, "someone-else", "Passw0rd!")).isFalse();
        assertThat(verifier.matches("Other", USER, "Passw0rd!")).isFalse();
        assertThat(verifier.matches(POOL, USER, null)).isFalse();
    }

    @Test
    void whenCreatedTwiceThenSaltsDifferAndSaltIsSixteenBytes() {
        PasswordVerifier first = PasswordVerifier.create(POOL, USER, "Passw0rd!", random);
        PasswordVerifier second = PasswordVerifier.create(POOL, USER, "Passw0rd!", random);

        assertThat(first.saltHex()).hasSize(32).isNotEqualTo(second.saltHex());
        assertThat(first.verifierHex()).isNotEqualTo(second.verifierHex());
    }

    @Test
    void whenStoredVerifierHasUpperCaseHexThenStillMatches() {
        SrpCase vector = SrpVectors.srpCases().get(0);
        PasswordVerifier stored = new PasswordVerifier(vector.salt(), vector.verifier().toUpperCase());

        assertThat(stored.matches(vector.poolName(), vector.username(), vector.password())).isTrue();
    }

    @Test
    void toStringHidesTheVerifierAndNeverHoldsThePassword() {
        PasswordVerifier verifier = PasswordVerifier.create(POOL, USER, "Passw0rd!", random);

        assertThat(verifier.toString()).contains(verifier.saltHex()).doesNotContain(verifier.verifierHex())
                .doesNotContain("Passw0rd!");
    }
}
