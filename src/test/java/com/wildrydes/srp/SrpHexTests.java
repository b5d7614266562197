package com.wildrydes.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SrpHexTests {

    @ParameterizedTest
    @CsvSource({"0, 00, 0", "7, 07, 7", "abc, 0abc, abc", "7abc, 7abc, 7abc", "8abc, 008abc, 8abc", "00ff, 00ff, ff"})
    void spellsSmallNumbersAsCognitosClientsDo(String hex, String padded, String unpadded) {
        BigInteger value = SrpHex.parse(hex);

        assertThat(padHexString(value)).isEqualTo(padded);
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
            assertThat(padHexString(value)).isEqualTo(referencePadHex(reference));
        }
    }

    @Test
    void refusesNegativeNumbersAndNonHex() {
        assertThatThrownBy(() -> SrpHex.padHex(BigInteger.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SrpHex.parse("12xz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void padHexAddsASignByteWhenTheHighBitIsSet() {
        assertThat(padHexString(BigInteger.valueOf(0xc8))).isEqualTo("00c8");
        assertThat(padHexString(BigInteger.valueOf(0x7f))).isEqualTo("7f");
        assertThat(padHexString(BigInteger.valueOf(0x80))).isEqualTo("0080");
    }

    @Test
    void padHexMakesAnOddLengthEven() {
        assertThat(padHexString(BigInteger.valueOf(0xabc))).isEqualTo("0abc");
        assertThat(padHexString(BigInteger.ZERO)).isEqualTo("00");
    }

    @Test
    void padHexRefusesNegativeNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> SrpHex.padHex(BigInteger.valueOf(-1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1a", "+1a", "0x1a", "1a ", "zz"})
    void parseRefusesAnythingButHexDigits(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SrpHex.parse(text));
    }

    @Test
    void parseRefusesNullAndHugeNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> SrpHex.parse(null));
        assertThatIllegalArgumentException().isThrownBy(() -> SrpHex.parse("f".repeat(2049)));
        assertThat(SrpHex.parse("Ff")).isEqualTo(BigInteger.valueOf(255));
    }

    /** The padHex bytes as lowercase hex, as Cognito's JavaScript client writes them. */
    static String padHexString(BigInteger value) {
        return HexFormat.of().formatHex(SrpHex.padHex(value));
    }

    /** The padHex of amazon-cognito-identity-js, spelled out on the reference hex. */
    private static String referencePadHex(String hex) {
        if (hex.length() % 2 != 0) {
            return "0" + hex;
        }
        return "89abcdef".indexOf(hex.charAt(0)) >= 0 ? "00" + hex : hex;
    }
}
