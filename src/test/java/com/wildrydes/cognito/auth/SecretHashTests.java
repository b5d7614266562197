package com.wildrydes.cognito.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.srp.SrpVectors.SecretHashCase;
import com.wildrydes.srp.SrpVectors;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretHashTests {

    static List<SecretHashCase> vectors() {
        return SrpVectors.secretHashCases();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void secretHashMatchesTheReferenceValue(SecretHashCase v) {
        assertThat(SecretHash.of(v.username(), v.clientId(), v.clientSecret())).isEqualTo(v.secretHash());
    }
}
