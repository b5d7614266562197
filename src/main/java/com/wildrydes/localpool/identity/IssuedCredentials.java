package com.wildrydes.localpool.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary AWS credentials GetCredentialsForIdentity handed out, so that a call signed with them (STS
 * GetCallerIdentity) is recognised: by access key id, with the secret to check the signature and the session token
 * the call must carry. In memory only, unlike the identities they are issued for ({@link IdentityDirectory}): checking a
 * signature takes the secret key itself (a hash would not do), and the store keeps no secret a stolen copy of the file
 * could use (refresh tokens are kept as hashes). They last an hour, and a rider gets new ones with one call; a restart
 * forgets them, so calls signed with earlier ones are refused as unknown.
 */
public final class IssuedCredentials {

    /** Cognito Identity's default: one hour. */
    static final Duration VALIDITY = Duration.ofHours(1);
    private static final char[] KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    /**
     * One set of credentials and whom they stand for.
     *
     * @param roleArn the role they were issued for (the identity pool's authenticated or unauthenticated role)
     */
    public record Session(String accessKeyId, String secretKey, String sessionToken, Instant expiration,
            String identityId, String roleArn) {
        @Override
        public String toString() {
            return "Session[accessKeyId=" + accessKeyId + ", secretKey=****, sessionToken=****, expiration="
                    + expiration + ", identityId=" + identityId + ", roleArn=" + roleArn + "]";
        }
    }

    private final SecureRandom random;
    private final Clock clock;
    private final Map<String, Session> byAccessKeyId = new ConcurrentHashMap<>();

    public IssuedCredentials(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    Session issue(String identityId, String roleArn) {
        Instant now = clock.instant();
        byAccessKeyId.values().removeIf(session -> !now.isBefore(session.expiration()));
        Session session = new Session(accessKeyId(), randomText(30), randomText(300),
                now.plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS), identityId, roleArn);
        byAccessKeyId.put(session.accessKeyId(), session);
        return session;
    }

    /** The credentials with this access key id, expired ones included (the caller says "expired", not "unknown"). */
    public Optional<Session> find(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(byAccessKeyId.get(accessKeyId));
    }

    public boolean expired(Session session) {
        return !clock.instant().isBefore(session.expiration());
    }

    /** {@code ASIA} and 16 base32 letters: the form of AWS's temporary access key ids. */
    private String accessKeyId() {
        StringBuilder id = new StringBuilder("ASIA");
        for (int i = 0; i < 16; i++) {
            id.append(KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)]);
        }
        return id.toString();
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }
}
