package com.wildrydes.srpmath;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Hex spellings of SRP's 3072-bit numbers in linear time. {@link BigInteger#toString(int)} and
 * {@link BigInteger#BigInteger(String, int)} convert by repeated division and multiplication, which for numbers
 * this size costs more than the hashing around them; going through the bytes does not. Shared by the site's SRP
 * client and the local pool's server, like {@link FixedBasePowers}.
 */
public final class SrpHex {

    private static final HexFormat HEX = HexFormat.of();

    private SrpHex() {
    }

    /** A non-negative number from hex digits (either case, any length, no sign). */
    public static BigInteger parse(String hex) {
        return new BigInteger(1, HEX.parseHex(hex.length() % 2 == 0 ? hex : "0" + hex));
    }

    /** Lowercase hex without leading zeros, as {@code value.toString(16)} spells a non-negative number. */
    public static String unpadded(BigInteger value) {
        String padded = padded(value);
        int first = 0;
        while (first < padded.length() - 1 && padded.charAt(first) == '0') {
            first++;
        }
        return padded.substring(first);
    }

    /**
     * Cognito's "padHex": even-length lowercase hex with a {@code 00} byte in front when the top bit is set,
     * that is, the two's-complement bytes of a non-negative number.
     */
    public static String padded(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("SRP values are never negative");
        }
        return HEX.formatHex(value.toByteArray());
    }
}
