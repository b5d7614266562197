package com.wildrydes.localpool.srp;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The values of Cognito's SRP variant that both sides derive, written from the server's side.
 * Each method names the formula it computes; every one is checked against the shared reference vectors.
 */
final class SrpDerivation {

    private static final byte[] KEY_INFO = "Caldera Derived Key\u0001".getBytes(UTF_8);
    private static final int KEY_LENGTH = 16;

    private SrpDerivation() {
    }

    /** {@code x = H(padHex(salt) | H(poolName | userId | ":" | password))}, salt read as a number. */
    static BigInteger privateKey(String saltHex, String poolName, String userId, String password) {
        byte[] identity = SrpGroup.sha256((poolName + userId + ":" + password).getBytes(UTF_8));
        return SrpGroup.hashToInteger(SrpGroup.padHex(SrpGroup.parseHex(saltHex)), identity);
    }

    /** {@code v = g^x mod N}. */
    static BigInteger verifier(String saltHex, String poolName, String userId, String password) {
        return SrpGroup.modPowG(privateKey(saltHex, poolName, userId, password));
    }

    /** {@code B = (k*v + g^b) mod N}. */
    static BigInteger serverPublicValue(BigInteger verifier, BigInteger b) {
        return SrpGroup.k.multiply(verifier).add(SrpGroup.modPowG(b)).mod(SrpGroup.N);
    }

    /** {@code u = H(padHex(A) | padHex(B))}. */
    static BigInteger scrambler(BigInteger srpA, BigInteger srpB) {
        return SrpGroup.hashToInteger(SrpGroup.padHex(srpA), SrpGroup.padHex(srpB));
    }

    /** {@code S = (A * v^u)^b mod N}. */
    static BigInteger serverSecret(BigInteger srpA, BigInteger verifier, BigInteger u, BigInteger b) {
        BigInteger base = srpA.multiply(verifier.modPow(u, SrpGroup.N)).mod(SrpGroup.N);
        return base.modPow(b, SrpGroup.N);
    }

    /** HKDF-SHA256 with ikm = padHex(S), salt = padHex(u), info = "Caldera Derived Key", one 16-byte block. */
    static byte[] sessionKey(BigInteger secret, BigInteger u) {
        byte[] pseudoRandomKey = hmac(SrpGroup.padHex(u), SrpGroup.padHex(secret));
        return Arrays.copyOf(hmac(pseudoRandomKey, KEY_INFO), KEY_LENGTH);
    }

    /** HMAC-SHA256(key, poolName | userIdForSrp | secretBlock | timestamp): PASSWORD_CLAIM_SIGNATURE. */
    static byte[] claimSignature(byte[] sessionKey, String poolName, String userIdForSrp, byte[] secretBlock,
            String timestamp) {
        return hmac(sessionKey, poolName.getBytes(UTF_8), userIdForSrp.getBytes(UTF_8), secretBlock,
                timestamp.getBytes(UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
