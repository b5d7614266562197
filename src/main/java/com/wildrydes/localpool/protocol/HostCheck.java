package com.wildrydes.localpool.protocol;

import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the pool's own loopback address. A web page can make a victim's browser
 * call any name that resolves to 127.0.0.1 (DNS rebinding); the browser still sends that name as {@code Host},
 * so refusing every other Host keeps such pages out even when they reach the port.
 */
final class HostCheck {

    private final Set<String> accepted;

    HostCheck(int port) {
        accepted = port == 80
                ? Set.of("127.0.0.1:80", "localhost:80", "[::1]:80", "127.0.0.1", "localhost", "[::1]")
                : Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
    }

    void check(String host) {
        if (host == null || !accepted.contains(host.trim().toLowerCase(Locale.ROOT))) {
            throw new PoolException(PoolError.FOREIGN_HOST,
                    "The local user pool answers only to Host 127.0.0.1, localhost or [::1] with its port.");
        }
    }
}
