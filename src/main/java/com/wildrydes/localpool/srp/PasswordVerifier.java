package com.wildrydes.localpool.srp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the pool stores instead of a password: the SRP salt and verifier {@code v = g^x mod N}
 * (lowercase hex). The salt is mixed with the pool name and the user id, so the same password gives
 * different verifiers across users and pools.
 *
 * @param saltHex     the hex sent to clients as SALT
 * @param verifierHex {@code v}, without padding
 */
public record PasswordVerifier(String saltHex, String verifierHex) {

    private static final int SALT_BYTES = 16;

    public PasswordVerifier {
        Objects.requireNonNull(saltHex, "saltHex");
        Objects.requireNonNull(verifierHex, "verifierHex");
        SrpGroup.parseHex(saltHex);
        SrpGroup.parseHex(verifierHex);
    }

    /**
     * @param userId the USER_ID_FOR_SRP the client will sign with (the stored username, a UUID in
     *               pools whose users sign in with their email)
     */
    public static PasswordVerifier create(String poolName, String userId, String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        BigInteger verifier = SrpDerivation.verifier(saltHex, poolName, userId, password);
        return new PasswordVerifier(saltHex, SrpGroup.toHex(verifier));
    }

    /** Recomputes the verifier for a password (USER_PASSWORD_AUTH, ChangePassword) and compares in constant time. */
    public boolean matches(String poolName, String userId, String password) {
        if (poolName == null || userId == null || password == null) {
            return false;
        }
        BigInteger candidate = SrpDerivation.verifier(saltHex, poolName, userId, password);
        return MessageDigest.isEqual(SrpGroup.padHex(candidate), SrpGroup.padHex(verifier()));
    }

    /** The verifier as a number, for the SRP exchange. */
    public BigInteger verifier() {
        return SrpGroup.parseHex(verifierHex);
    }

    /** The verifier stays out: it allows an offline guess at the password. */
    @Override
    public String toString() {
        return "PasswordVerifier[saltHex=" + saltHex + ", verifierHex=<hidden>]";
    }
}
