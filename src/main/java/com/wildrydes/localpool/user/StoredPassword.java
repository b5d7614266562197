package com.wildrydes.localpool.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wildrydes.localpool.srp.PasswordVerifier;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a user's {@link PasswordVerifier} is kept: the same two hex strings (so written and read as before), not
 * parsed or validated when the store loads (that would cost start-up time with many users). The verifier, half
 * of a user's memory as text, is held as packed hex digits (two per byte); hex it was not given as stays text.
 */
public final class StoredPassword {

    private final String saltHex;
    private final byte[] packedVerifier; // null when verifierText holds it
    private final String verifierText;
    private final int digits;

    @JsonCreator
    public StoredPassword(@JsonProperty("saltHex") String saltHex, @JsonProperty("verifierHex") String verifierHex) {
        this.saltHex = saltHex;
        boolean packable = verifierHex != null && lowercaseHex(verifierHex);
        this.packedVerifier = packable ? HexFormat.of().parseHex(verifierHex.length() % 2 == 0 ? verifierHex
                : verifierHex + "0") : null;
        this.verifierText = packable ? null : verifierHex;
        this.digits = packable ? verifierHex.length() : 0;
    }

    static StoredPassword of(PasswordVerifier verifier) {
        return new StoredPassword(verifier.saltHex(), verifier.verifierHex());
    }

    @JsonProperty("saltHex")
    public String saltHex() {
        return saltHex;
    }

    /** The verifier's hex exactly as it was given. */
    @JsonProperty("verifierHex")
    public String verifierHex() {
        return packedVerifier == null ? verifierText
                : HexFormat.of().formatHex(packedVerifier).substring(0, digits);
    }

    PasswordVerifier toVerifier() {
        return new PasswordVerifier(saltHex, verifierHex());
    }

    private static boolean lowercaseHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredPassword that && Objects.equals(saltHex, that.saltHex)
                && Arrays.equals(packedVerifier, that.packedVerifier) && digits == that.digits
                && Objects.equals(verifierText, that.verifierText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(saltHex, Arrays.hashCode(packedVerifier), digits, verifierText);
    }

    @Override
    public String toString() {
        return "StoredPassword[****]";
    }
}
