package com.wildrydes.srpmath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SrpHexTests {

    @ParameterizedTest
    @CsvSource({"0, 00, 0", "7, 07, 7", "abc, 0abc, abc", "7abc, 7abc, 7abc", "8abc, 008abc, 8abc", "00ff, 00ff, ff"})
    void spellsSmallNumbersAsCognitosClientsDo(String hex, String padded, String unpadded) {
        BigInteger value = SrpHex.parse(hex);

        assertThat(SrpHex.padded(value)).isEqualTo(padded);
        assertThat(SrpHex.unpadded(value)).isEqualTo(unpadded);
    }

    @Test
    void agreesWithBigIntegersOwnConversionsForRandomSrpSizedNumbers() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            BigInteger value = new BigInteger(1 + random.nextInt(3072), random);
            String reference = value.toString(16);

            assertThat(SrpHex.unpadded(value)).isEqualTo(reference);
            assertThat(SrpHex.parse(reference)).isEqualTo(value);
            assertThat(SrpHex.parse(reference.toUpperCase())).isEqualTo(value);
            assertThat(SrpHex.padded(value)).isEqualTo(referencePadHex(reference));
        }
    }

    @Test
    void refusesNegativeNumbersAndNonHex() {
        assertThatThrownBy(() -> SrpHex.padded(BigInteger.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SrpHex.parse("12xz")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The padHex of amazon-cognito-identity-js, spelled out on the reference hex. */
    private static String referencePadHex(String hex) {
        if (hex.length() % 2 != 0) {
            return "0" + hex;
        }
        return "89abcdef".indexOf(hex.charAt(0)) >= 0 ? "00" + hex : hex;
    }
}
