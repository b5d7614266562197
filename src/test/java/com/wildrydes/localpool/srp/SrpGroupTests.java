package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SrpGroupTests {

    @Test
    void multiplierIsTheOneAwsClientsDerive() {
        // k as published by several independent Cognito SRP clients.
        assertThat(SrpGroup.toHex(SrpGroup.k))
                .isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
        assertThat(SrpGroup.N.bitLength()).isEqualTo(3072);
        assertThat(SrpGroup.N.isProbablePrime(20)).isTrue();
    }

    @Test
    void padHexAddsASignByteWhenTheHighBitIsSet() {
        assertThat(SrpGroup.padHexString(BigInteger.valueOf(0xc8))).isEqualTo("00c8");
        assertThat(SrpGroup.padHexString(BigInteger.valueOf(0x7f))).isEqualTo("7f");
    }

    @Test
    void padHexMakesAnOddLengthEven() {
        assertThat(SrpGroup.padHexString(BigInteger.valueOf(0xabc))).isEqualTo("0abc");
        assertThat(SrpGroup.padHexString(BigInteger.ZERO)).isEqualTo("00");
    }

    @Test
    void padHexRefusesNegativeNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> SrpGroup.padHex(BigInteger.valueOf(-1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1a", "+1a", "0x1a", "1a ", "zz"})
    void parseHexRefusesAnythingButHexDigits(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SrpGroup.parseHex(text));
    }

    @Test
    void parseHexRefusesHugeNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> SrpGroup.parseHex("f".repeat(2049)));
        assertThat(SrpGroup.parseHex("Ff")).isEqualTo(BigInteger.valueOf(255));
    }

    @Test
    void modPowGRaisesTheGenerator() {
        assertThat(SrpGroup.modPowG(BigInteger.TEN)).isEqualTo(BigInteger.valueOf(1024));
        assertThat(SrpGroup.modPowG(SrpGroup.N.subtract(BigInteger.ONE))).isEqualTo(BigInteger.ONE);
    }
}
