package com.wildrydes.localpool.user;

import com.wildrydes.localpool.srp.PasswordVerifier;

/**
 * How a user's {@link PasswordVerifier} is kept: the same two hex strings, but not parsed or validated when the
 * store loads (that would cost start-up time with many users); they become a PasswordVerifier when used.
 *
 * @param saltHex     the SRP salt
 * @param verifierHex the SRP verifier
 */
public record StoredPassword(String saltHex, String verifierHex) {

    static StoredPassword of(PasswordVerifier verifier) {
        return new StoredPassword(verifier.saltHex(), verifier.verifierHex());
    }

    PasswordVerifier toVerifier() {
        return new PasswordVerifier(saltHex, verifierHex);
    }

    @Override
    public String toString() {
        return "StoredPassword[****]";
    }
}
