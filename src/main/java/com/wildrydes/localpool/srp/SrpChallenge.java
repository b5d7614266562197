package com.wildrydes.localpool.srp;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The server's half of one SRP exchange, kept between InitiateAuth and RespondToAuthChallenge.
 *
 * @param b        the server's secret exponent; never leaves the pool
 * @param srpBHex  SRP_B as sent to the client
 * @param saltHex  SALT as sent to the client
 * @param srpAHex  SRP_A as the client sent it
 */
public record SrpChallenge(BigInteger b, String srpBHex, String saltHex, String srpAHex) {

    public SrpChallenge {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(srpBHex, "srpBHex");
        Objects.requireNonNull(saltHex, "saltHex");
        Objects.requireNonNull(srpAHex, "srpAHex");
    }

    /** Without {@code b}: with it, anyone reading a log could finish the exchange. */
    @Override
    public String toString() {
        return "SrpChallenge[srpBHex=" + srpBHex + ", saltHex=" + saltHex + ", srpAHex=" + srpAHex + "]";
    }
}
