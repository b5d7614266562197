package com.wildrydes.cognito.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.srp.HmacSha256;
import java.util.Base64;
import java.util.Optional;

/**
 * Cognito's SECRET_HASH: proves knowledge of an app client's secret without sending it.
 * Base64(HMAC-SHA256(key = client secret, message = username + client id)).
 */
final class SecretHash {

    private SecretHash() {
    }

    /** SECRET_HASH for this username with {@code pool}'s app client, present only when the client has a secret. */
    static Optional<String> forUser(CognitoPool pool, String username) {
        return pool.hasClientSecret()
                ? Optional.of(of(username, pool.clientId(), pool.clientSecret())) : Optional.empty();
    }

    static String of(String username, String clientId, String clientSecret) {
        byte[] mac = HmacSha256.sign(clientSecret.getBytes(UTF_8), username.getBytes(UTF_8), clientId.getBytes(UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }
}
