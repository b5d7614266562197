package com.wildrydes.cognito;

import com.wildrydes.srpmath.FixedBasePowers;
import com.wildrydes.srpmath.SrpHex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SRP group Cognito uses (RFC 5054, 3072 bits, g = 2) and the hashing conventions of its clients:
 * numbers are hashed as "padded hex" bytes, so both sides must pad exactly alike.
 */
final class SrpGroup {

    static final BigInteger N = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1"
            + "29024E088A67CC74020BBEA63B139B22514A08798E3404DD"
            + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
            + "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D"
            + "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
            + "83655D23DCA3AD961C62F356208552BB9ED529077096966D"
            + "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
            + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9"
            + "DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
            + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
            + "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
            + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B"
            + "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
            + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);

    static final BigInteger G = BigInteger.TWO;

    /** The SRP-6a multiplier, k = H(padHex(N) | padHex(g)). */
    static final BigInteger K = hashOfHex(padHex(N) + padHex(G));

    private SrpGroup() {
    }

    /** {@code g^exponent mod N} from the shared fixed-base table (g never changes, so its powers are kept). */
    static BigInteger powG(BigInteger exponent) {
        return FixedBasePowers.shared(G, N).pow(exponent);
    }

    /**
     * Even-length lowercase hex with a {@code 00} sign byte when the top bit is set: the bytes a
     * two's-complement encoder would produce, which is what Cognito's clients hash.
     */
    static String padHex(BigInteger value) {
        return SrpHex.padded(value);
    }

    /** SHA-256 of the bytes the hex spells, as a non-negative number. */
    static BigInteger hashOfHex(String hex) {
        return new BigInteger(1, sha256(HexFormat.of().parseHex(hex)));
    }

    /** SHA-256 of the UTF-8 text, as 64 lowercase hex digits. */
    static String hexHashOfText(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
