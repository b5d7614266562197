package com.wildrydes.bench;

import com.wildrydes.cognito.BenchSrpClient;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.srp.SrpChallenge;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.token.TokenSubject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The sign-ins per second the SRP math alone allows: both sides of one exchange with the classes the
 * site and the pool run (client g^a, g^x, (B - k g^x)^(a + u x); server g^b, v^u, (A v^u)^b), back to
 * back on every core. Hashes and HMACs ride along; they cost microseconds. With tokens, also the pool's two
 * RS256 signatures (ID and access token, the pool's own TokenIssuer): RSA signing is modular exponentiation too.
 */
final class SigninFloor {

    private static final String POOL_NAME = "BenchPool1";
    private static final String USER_ID = "6f1c2e3a-bench-rider";

    private SigninFloor() {
    }

    private static final TokenIssuer TOKENS = new TokenIssuer(SigningKeys.inMemory(), Clock.systemUTC());
    private static final TokenSubject SUBJECT = new TokenSubject(USER_ID, USER_ID, PoolAccess.email(0), true,
            "benchclient", List.of(), Instant.now(), null);

    static Workers.Outcome measure(Duration length, boolean withTokens) throws InterruptedException {
        SecureRandom random = new SecureRandom();
        PasswordVerifier verifier = PasswordVerifier.create(POOL_NAME, USER_ID, PoolAccess.PASSWORD, random);
        SrpServer server = new SrpServer(random, Clock.systemUTC());
        byte[] secretBlock = new byte[64];
        random.nextBytes(secretBlock);
        String secretBlockBase64 = Base64.getEncoder().encodeToString(secretBlock);
        int cores = Runtime.getRuntime().availableProcessors();
        Workers.Step signIn = ignored -> exchange(server, verifier, secretBlock, secretBlockBase64, random)
                && (!withTokens || TOKENS.issue(SUBJECT, "http://127.0.0.1/bench", Duration.ofHours(1),
                        Duration.ofHours(1)) != null);
        Workers.timed(cores, length.dividedBy(4), signIn); // warm the JIT before timing
        return Workers.timed(cores, length, signIn);
    }

    private static boolean exchange(SrpServer server, PasswordVerifier verifier, byte[] secretBlock,
            String secretBlockBase64, SecureRandom random) {
        BenchSrpClient client = BenchSrpClient.start(POOL_NAME, random);
        SrpChallenge challenge = server.challenge(verifier, client.srpA());
        Instant now = Instant.now();
        String signature = client.claimSignature(USER_ID, challenge.saltHex(), challenge.srpBHex(),
                secretBlockBase64, PoolAccess.PASSWORD, now);
        return server.verifyClaim(challenge, verifier, POOL_NAME, USER_ID, secretBlock,
                SrpServer.formatTimestamp(now), signature);
    }
}
