package com.wildrydes.localpool.srp;

import java.math.BigInteger;
import java.util.Base64;

/**
 * The client's half of the exchange, {@code S = (B - k*g^x)^(a + u*x) mod N}, so tests can run whole
 * sign-ins against a server that picks a random {@code b}.
 */
record SrpTestClient(String poolName, String userIdForSrp, String password, BigInteger a) {

    String srpAHex() {
        return SrpGroup.toHex(SrpGroup.modPowG(a));
    }

    BigInteger sharedSecret(String srpBHex, String saltHex) {
        BigInteger srpB = SrpGroup.parseHex(srpBHex);
        BigInteger u = SrpDerivation.scrambler(SrpGroup.modPowG(a), srpB);
        BigInteger x = SrpDerivation.privateKey(saltHex, poolName, userIdForSrp, password);
        BigInteger base = srpB.subtract(SrpGroup.k.multiply(SrpGroup.modPowG(x))).mod(SrpGroup.N);
        return base.modPow(a.add(u.multiply(x)), SrpGroup.N);
    }

    String claimSignature(SrpChallenge challenge, byte[] secretBlock, String timestamp) {
        BigInteger srpB = SrpGroup.parseHex(challenge.srpBHex());
        BigInteger u = SrpDerivation.scrambler(SrpGroup.modPowG(a), srpB);
        byte[] key = SrpDerivation.sessionKey(sharedSecret(challenge.srpBHex(), challenge.saltHex()), u);
        byte[] signature = SrpDerivation.claimSignature(key, poolName, userIdForSrp, secretBlock, timestamp);
        return Base64.getEncoder().encodeToString(signature);
    }
}
