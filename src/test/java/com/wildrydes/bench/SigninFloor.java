package com.wildrydes.bench;

import com.wildrydes.cognito.srp.SrpClient;
import com.wildrydes.cognito.srp.SrpClient.PasswordClaim;
import com.wildrydes.cognito.srp.SrpClient.PasswordVerifierChallenge;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.srp.SrpChallenge;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.IssuedTokens;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.token.TokenSubject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the sign-ins per second the modular arithmetic alone allows, both sides of one exchange with the
 * classes the site and the pool run (client g^a, g^x, (B - k g^x)^(a + u x); server g^b, v^u, (A v^u)^b),
 * on every core (bench/run runs it with one thread per core). Hashes and HMACs ride along; they cost
 * microseconds. {@link #withTokens} adds the pool's two RS256 signatures (ID and access token, the pool's
 * own TokenIssuer): RSA signing is modular exponentiation a sign-in cannot avoid either.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class SigninFloor {

    private static final String POOL_NAME = "BenchPool1";
    private static final String USER_ID = "6f1c2e3a-bench-rider";

    private final SecureRandom random = new SecureRandom();
    private final SrpServer server = new SrpServer(random, Clock.systemUTC());
    private PasswordVerifier verifier;
    private byte[] secretBlock;
    private String secretBlockBase64;
    private TokenIssuer tokens;
    private TokenSubject subject;

    @Setup
    public void setUp() {
        verifier = PasswordVerifier.create(POOL_NAME, USER_ID, PoolAccess.PASSWORD, random);
        secretBlock = new byte[64];
        random.nextBytes(secretBlock);
        secretBlockBase64 = Base64.getEncoder().encodeToString(secretBlock);
        tokens = new TokenIssuer(SigningKeys.inMemory(), Clock.systemUTC());
        subject = new TokenSubject(USER_ID, USER_ID, PoolAccess.email(0), true, "benchclient", List.of(),
                Instant.now(), null);
    }

    /** One SRP exchange, client and server; true when the server accepted the client's proof. */
    @Benchmark
    public boolean srpOnly() {
        SrpClient client = SrpClient.start(POOL_NAME, random);
        SrpChallenge challenge = server.challenge(verifier, client.srpA());
        PasswordClaim claim = client.answer(new PasswordVerifierChallenge(USER_ID, challenge.saltHex(),
                challenge.srpBHex(), secretBlockBase64), PoolAccess.PASSWORD, Instant.now());
        return server.verifyClaim(challenge, verifier, POOL_NAME, USER_ID, secretBlock, claim.timestamp(),
                claim.signature());
    }

    /** The exchange plus the ID and access tokens the pool signs for it. */
    @Benchmark
    public IssuedTokens withTokens() {
        if (!srpOnly()) {
            throw new IllegalStateException("the SRP proof was refused");
        }
        return tokens.issue(subject, "http://127.0.0.1/bench", Duration.ofHours(1), Duration.ofHours(1));
    }
}
