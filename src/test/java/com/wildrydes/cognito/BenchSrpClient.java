package com.wildrydes.cognito;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * The site's own SRP client math, opened to the benchmark so its sign-in floor runs exactly the
 * exponentiations a real sign-in does (SrpClient is package-private on purpose).
 */
public final class BenchSrpClient {

    private final SrpClient client;

    private BenchSrpClient(SrpClient client) {
        this.client = client;
    }

    public static BenchSrpClient start(String poolName, SecureRandom random) {
        return new BenchSrpClient(SrpClient.start(poolName, random));
    }

    public String srpA() {
        return client.srpA();
    }

    /** PASSWORD_CLAIM_SIGNATURE for the challenge; the timestamp is {@code now} in Cognito's spelling. */
    public String claimSignature(String userIdForSrp, String saltHex, String srpBHex, String secretBlockBase64,
            String password, Instant now) {
        var challenge = new SrpClient.PasswordVerifierChallenge(userIdForSrp, saltHex, srpBHex, secretBlockBase64);
        return client.answer(challenge, password, now).signature();
    }
}
