package com.wildrydes.localpool.srp;

import com.wildrydes.srpmath.FixedBasePowers;
import com.wildrydes.srpmath.SrpHex;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SRP-6a group Cognito uses: the RFC 5054 3072-bit prime, generator 2, and the multiplier
 * {@code k = H(padHex(N) | padHex(g))}.
 *
 * <p>"padHex" is the rule of AWS's JavaScript client ({@code AuthenticationHelper.padHex}): the
 * even-length hex of a number, with a {@code 00} byte in front when its high bit is set, so the bytes
 * read as a positive two's-complement number. For non-negative numbers that is exactly
 * {@link BigInteger#toByteArray()}, which is why {@link #padHex(BigInteger)} can rely on it.
 */
public final class SrpGroup {

    /** RFC 5054, appendix A, the 3072-bit group. */
    public static final BigInteger N = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
                    + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
                    + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
                    + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
                    + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
                    + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
                    + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
                    + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);

    public static final BigInteger g = BigInteger.TWO;

    public static final BigInteger k = hashToInteger(padHex(N), padHex(g));

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,2048}");

    private SrpGroup() {
    }

    /** {@code g^exponent mod N} from the shared fixed-base table (g never changes, so its powers are kept). */
    public static BigInteger modPowG(BigInteger exponent) {
        return FixedBasePowers.shared(g, N).pow(exponent);
    }

    /** The bytes of the client's padHex form of a non-negative number. */
    public static byte[] padHex(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("SRP values are never negative");
        }
        return value.toByteArray();
    }

    /** The padHex form as lowercase hex, as the reference vectors write {@code x} and {@code u}. */
    public static String padHexString(BigInteger value) {
        return HexFormat.of().formatHex(padHex(value));
    }

    /** Lowercase hex without padding: how Cognito sends SRP_B (and how clients send SRP_A). */
    public static String toHex(BigInteger value) {
        return SrpHex.unpadded(value);
    }

    /**
     * Parses a hex number from the wire; rejects signs, blanks and anything longer than 8192 bits,
     * which {@link BigInteger#BigInteger(String, int)} alone would accept or spend time on.
     */
    public static BigInteger parseHex(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a hex number");
        }
        return SrpHex.parse(hex);
    }

    /** SHA-256 over the concatenated parts, read as a positive number. */
    static BigInteger hashToInteger(byte[]... parts) {
        return new BigInteger(1, sha256(parts));
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
