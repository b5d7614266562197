package com.wildrydes.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.srp.SrpVectors.SrpCase;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shared formula against AWS's own client. The vectors write x and u as plain hex, like the other numbers. */
class SrpDerivationTests {

    static List<SrpCase> vectors() {
        return SrpVectors.srpCases();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void privateKeyHashesPoolNameUserAndPasswordAndGivesTheVerifier(SrpCase v) {
        BigInteger x = SrpDerivation.privateKey(SrpHex.parse(v.salt()), v.poolName(), v.username(), v.password());

        assertThat(SrpHex.unpadded(x)).isEqualTo(v.x());
        assertThat(SrpHex.unpadded(SrpGroup.powG(x))).isEqualTo(v.verifier());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void scramblingParameterMatchesAwsClient(SrpCase v) {
        BigInteger u = SrpDerivation.scramblingParameter(SrpHex.parse(v.srpA()), SrpHex.parse(v.srpB()));

        assertThat(SrpHex.unpadded(u)).isEqualTo(v.u());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hkdfKeyMatchesAwsClient(SrpCase v) {
        byte[] key = SrpDerivation.sessionKey(SrpHex.parse(v.sharedSecret()), SrpHex.parse(v.u()));

        assertThat(HexFormat.of().formatHex(key)).isEqualTo(v.hkdf());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void claimSignatureMatchesAwsClient(SrpCase v) {
        byte[] signature = SrpDerivation.claimSignature(HexFormat.of().parseHex(v.hkdf()), v.poolName(), v.username(),
                v.secretBlockBytes(), v.timestamp());

        assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(v.passwordClaimSignature());
    }
}
