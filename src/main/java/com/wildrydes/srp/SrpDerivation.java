package com.wildrydes.srp;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The values of Cognito's SRP variant that client and server derive alike. Cognito hashes the pool name into
 * x and derives the session key with HKDF ("Caldera Derived Key"), so textbook SRP-6a would not interoperate.
 * Each method names the formula it computes; all are checked against AWS's own client's reference vectors.
 */
public final class SrpDerivation {

    private static final byte[] KEY_INFO = "Caldera Derived Key\u0001".getBytes(UTF_8);
    private static final int KEY_BYTES = 16;

    private SrpDerivation() {
    }

    /** {@code x = H(padHex(salt) | H(poolName | userId | ":" | password))}. */
    public static BigInteger privateKey(BigInteger salt, String poolName, String userIdForSrp, String password) {
        byte[] identity = Sha256.digest((poolName + userIdForSrp + ":" + password).getBytes(UTF_8));
        return Sha256.toInteger(SrpHex.padHex(salt), identity);
    }

    /** {@code u = H(padHex(A) | padHex(B))}. */
    public static BigInteger scramblingParameter(BigInteger srpA, BigInteger srpB) {
        return Sha256.toInteger(SrpHex.padHex(srpA), SrpHex.padHex(srpB));
    }

    /** HKDF-SHA256 (RFC 5869) with ikm = padHex(S), salt = padHex(u), info = "Caldera Derived Key", 16 bytes. */
    public static byte[] sessionKey(BigInteger premasterSecret, BigInteger u) {
        byte[] pseudoRandomKey = HmacSha256.sign(SrpHex.padHex(u), SrpHex.padHex(premasterSecret));
        return Arrays.copyOf(HmacSha256.sign(pseudoRandomKey, KEY_INFO), KEY_BYTES);
    }

    /** PASSWORD_CLAIM_SIGNATURE: {@code HMAC-SHA256(key, poolName | userIdForSrp | secretBlock | timestamp)}. */
    public static byte[] claimSignature(byte[] sessionKey, String poolName, String userIdForSrp, byte[] secretBlock,
            String timestamp) {
        return HmacSha256.sign(sessionKey, poolName.getBytes(UTF_8), userIdForSrp.getBytes(UTF_8), secretBlock,
                timestamp.getBytes(UTF_8));
    }
}
