package com.wildrydes.srp;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * How Cognito's SRP spells its numbers: unpadded hex on the wire (SRP_A, SRP_B, SALT) and "padHex" bytes
 * inside every hash. Converts in linear time: {@link BigInteger#toString(int)} and
 * {@link BigInteger#BigInteger(String, int)} go by repeated division and multiplication, which for 3072-bit
 * numbers costs more than the hashing around them; going through the bytes does not.
 */
public final class SrpHex {

    private static final HexFormat HEX = HexFormat.of();
    /** 8192 bits at most: enough for any SRP value, and a bound on the work a stranger's input can cause. */
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]{1,2048}");

    private SrpHex() {
    }

    /**
     * A non-negative number from hex digits (either case, no sign, no prefix, no blanks), as it comes off the
     * wire.
     *
     * @throws IllegalArgumentException for anything else, or for more than 2048 digits
     */
    public static BigInteger parse(String hex) {
        if (hex == null || !HEX_DIGITS.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a hex number");
        }
        return new BigInteger(1, HEX.parseHex(hex.length() % 2 == 0 ? hex : "0" + hex));
    }

    /** Lowercase hex without leading zeros, as {@code value.toString(16)} spells a non-negative number. */
    public static String unpadded(BigInteger value) {
        String padded = HEX.formatHex(padHex(value));
        int first = 0;
        while (first < padded.length() - 1 && padded.charAt(first) == '0') {
            first++;
        }
        return padded.substring(first);
    }

    /**
     * The bytes of Cognito's "padHex" ({@code AuthenticationHelper.padHex} in AWS's JavaScript client): even-length
     * hex with a {@code 00} byte in front when the top bit is set, so the bytes read as a positive
     * two's-complement number. For a non-negative number that is exactly {@link BigInteger#toByteArray()}.
     */
    public static byte[] padHex(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("SRP values are never negative");
        }
        return value.toByteArray();
    }
}
