package com.wildrydes.localpool.action.lookup;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The checks Cognito makes on the app client of a public (unauthenticated) call. */
public final class ClientAccess {

    private ClientAccess() {
    }

    public static AppClient client(StoreView view, String clientId) {
        return view.client(clientId).orElseThrow(() -> new PoolException(PoolError.RESOURCE_NOT_FOUND,
                "User pool client " + clientId + " does not exist."));
    }

    public static UserPool pool(StoreView view, AppClient client) {
        return view.pool(client.poolId()).orElseThrow(() -> new PoolException(PoolError.RESOURCE_NOT_FOUND,
                "User pool " + client.poolId() + " does not exist."));
    }

    /**
     * For a client with a secret, SECRET_HASH must be Base64(HMAC-SHA256(secret, username + clientId)); any of
     * {@code usernames} (what the user typed, or the stored username) is accepted, as Cognito does.
     */
    public static void checkSecretHash(AppClient client, String secretHash, String... usernames) {
        if (!client.hasSecret()) {
            return;
        }
        if (secretHash == null) {
            throw new PoolException(PoolError.NOT_AUTHORIZED,
                    "Client " + client.clientId() + " is configured with secret but SECRET_HASH was not received");
        }
        byte[] received = secretHash.getBytes(StandardCharsets.US_ASCII);
        for (String username : usernames) {
            if (username != null && MessageDigest.isEqual(received, secretHash(client, username))) {
                return;
            }
        }
        throw new PoolException(PoolError.NOT_AUTHORIZED,
                "Unable to verify secret hash for client " + client.clientId());
    }

    private static byte[] secretHash(AppClient client, String username) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(client.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = hmac.doFinal((username + client.clientId()).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encode(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
