package com.wildrydes.cognito.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the identity pool gave a signed-in rider: the identity id and temporary AWS credentials for the pool's
 * authenticated role. Kept in the HTTP session (so serialisable, for Redis), never in a page, a URL or a log.
 *
 * @param identityId   {@code <region>:<uuid>}, the same for the rider every time
 * @param accessKeyId  {@code ASIA...}
 * @param secretKey    the secret half (never printed)
 * @param sessionToken goes with every call signed with these credentials (never printed)
 * @param expiration   when the credentials stop working
 */
public record RiderCredentials(String identityId, String accessKeyId, String secretKey, String sessionToken,
        Instant expiration) implements Serializable {

    /** True when fewer than {@code margin} remain at {@code now} (or the credentials are already gone). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiration);
    }

    @Override
    public String toString() {
        return "RiderCredentials[identityId=" + identityId + ", accessKeyId=" + accessKeyId
                + ", secretKey=****, sessionToken=****, expiration=" + expiration + "]";
    }
}
