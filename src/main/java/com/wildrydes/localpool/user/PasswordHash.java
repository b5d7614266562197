package com.wildrydes.localpool.user;

/**
 * What is kept instead of a password: the SRP salt and verifier (hex), from which no password can be read
 * back but against which a password (or an SRP proof) can be checked.
 *
 * @param saltHex     the salt
 * @param verifierHex g^x mod N
 */
public record PasswordHash(String saltHex, String verifierHex) {

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
