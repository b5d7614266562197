package com.wildrydes.localpool.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredPasswordTests {

    @ParameterizedTest
    @ValueSource(strings = {"c3c3", "abc", "0f", "ABCD", "", "not hex"})
    void verifierHexComesBackExactlyAsGiven(String verifierHex) {
        StoredPassword password = new StoredPassword("5a5a", verifierHex);

        assertThat(password.verifierHex()).isEqualTo(verifierHex);
        assertThat(password).isEqualTo(new StoredPassword("5a5a", verifierHex));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abd", "abc0", "ABC"})
    void differentVerifiersAreNotEqual(String otherHex) {
        assertThat(new StoredPassword("5a5a", "abc")).isNotEqualTo(new StoredPassword("5a5a", otherHex));
    }
}
