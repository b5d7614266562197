package com.wildrydes.srp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 over concatenated byte strings, the hash H of Cognito's SRP. */
final class Sha256 {

    private Sha256() {
    }

    static byte[] digest(byte[]... parts) {
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

    /** The digest read as a non-negative number. */
    static BigInteger toInteger(byte[]... parts) {
        return new BigInteger(1, digest(parts));
    }
}
