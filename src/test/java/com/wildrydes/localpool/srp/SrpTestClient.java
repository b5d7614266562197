package com.wildrydes.localpool.srp;

import static com.wildrydes.srp.SrpGroup.K;
import static com.wildrydes.srp.SrpGroup.N;

import com.wildrydes.srp.SrpDerivation;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
import java.math.BigInteger;
import java.util.Base64;

/**
 * The client's half of the exchange, {@code S = (B - k*g^x)^(a + u*x) mod N}, so tests can run whole
 * sign-ins against a server that picks a random {@code b}.
 */
record SrpTestClient(String poolName, String userIdForSrp, String password, BigInteger a) {

    String srpAHex() {
        return SrpHex.unpadded(SrpGroup.powG(a));
    }

    BigInteger sharedSecret(String srpBHex, String saltHex) {
        BigInteger srpB = SrpHex.parse(srpBHex);
        BigInteger u = SrpDerivation.scramblingParameter(SrpGroup.powG(a), srpB);
        BigInteger x = SrpDerivation.privateKey(SrpHex.parse(saltHex), poolName, userIdForSrp, password);
        BigInteger base = srpB.subtract(K.multiply(SrpGroup.powG(x))).mod(N);
        return base.modPow(a.add(u.multiply(x)), N);
    }

    String claimSignature(SrpChallenge challenge, byte[] secretBlock, String timestamp) {
        BigInteger srpB = SrpHex.parse(challenge.srpBHex());
        BigInteger u = SrpDerivation.scramblingParameter(SrpGroup.powG(a), srpB);
        byte[] key = SrpDerivation.sessionKey(sharedSecret(challenge.srpBHex(), challenge.saltHex()), u);
        byte[] signature = SrpDerivation.claimSignature(key, poolName, userIdForSrp, secretBlock, timestamp);
        return Base64.getEncoder().encodeToString(signature);
    }
}
