package com.wildrydes.localpool;

import static com.wildrydes.srp.SrpGroup.K;
import static com.wildrydes.srp.SrpGroup.N;

import com.wildrydes.srp.SrpDerivation;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpTimestamp;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The client half of Cognito's USER_SRP_AUTH, on the shared SRP conventions, so tests can sign in over the wire
 * as a real client would.
 */
public final class SrpSignIn {

    private final BigInteger a = new BigInteger(256, new SecureRandom()).add(BigInteger.ONE);
    private final String password;

    public SrpSignIn(String password) {
        this.password = password;
    }

    public String srpA() {
        return SrpGroup.powG(a).toString(16);
    }

    /** The PASSWORD_VERIFIER challenge responses for the challenge parameters InitiateAuth returned. */
    public Map<String, String> answer(String poolId, Map<String, String> challenge, Instant now) {
        String poolName = poolId.substring(poolId.indexOf('_') + 1);
        String userId = challenge.get("USER_ID_FOR_SRP");
        BigInteger srpB = new BigInteger(challenge.get("SRP_B"), 16);
        BigInteger u = SrpDerivation.scramblingParameter(SrpGroup.powG(a), srpB);
        BigInteger x = SrpDerivation.privateKey(new BigInteger(challenge.get("SALT"), 16), poolName, userId, password);
        BigInteger base = srpB.subtract(K.multiply(SrpGroup.powG(x))).mod(N);
        byte[] key = SrpDerivation.sessionKey(base.modPow(a.add(u.multiply(x)), N), u);
        String timestamp = SrpTimestamp.format(now);
        byte[] signature = SrpDerivation.claimSignature(key, poolName, userId,
                Base64.getDecoder().decode(challenge.get("SECRET_BLOCK")), timestamp);
        return Map.of("USERNAME", challenge.get("USERNAME"), "PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("SECRET_BLOCK"),
                "TIMESTAMP", timestamp, "PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(signature));
    }
}
