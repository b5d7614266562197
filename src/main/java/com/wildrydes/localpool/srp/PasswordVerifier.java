package com.wildrydes.localpool.srp;

import com.wildrydes.srp.SrpDerivation;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
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
        SrpHex.parse(saltHex);
        SrpHex.parse(verifierHex);
    }

    /**
     * @param userId the USER_ID_FOR_SRP the client will sign with (the stored username, a UUID in
     *               pools whose users sign in with their email)
     */
    public static PasswordVerifier create(String poolName, String userId, String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return new PasswordVerifier(saltHex, SrpHex.unpadded(verifierFor(saltHex, poolName, userId, password)));
    }

    /** Recomputes the verifier for a password (USER_PASSWORD_AUTH, ChangePassword) and compares in constant time. */
    public boolean matches(String poolName, String userId, String password) {
        if (poolName == null || userId == null || password == null) {
            return false;
        }
        BigInteger candidate = verifierFor(saltHex, poolName, userId, password);
        return MessageDigest.isEqual(SrpHex.padHex(candidate), SrpHex.padHex(verifier()));
    }

    /** The verifier as a number, for the SRP exchange. */
    public BigInteger verifier() {
        return SrpHex.parse(verifierHex);
    }

    /** {@code v = g^x mod N}. */
    private static BigInteger verifierFor(String saltHex, String poolName, String userId, String password) {
        return SrpGroup.powG(SrpDerivation.privateKey(SrpHex.parse(saltHex), poolName, userId, password));
    }

    /** The verifier stays out: it allows an offline guess at the password. */
    @Override
    public String toString() {
        return "PasswordVerifier[saltHex=" + saltHex + ", verifierHex=<hidden>]";
    }
}
