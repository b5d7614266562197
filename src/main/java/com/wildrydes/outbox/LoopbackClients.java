package com.wildrydes.outbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a request comes from this machine. The outbox shows verification and reset codes, so even a site
 * exposed with {@code server.address} shows it only to the developer's own browser. The address is matched as
 * text: nothing is looked up.
 */
final class LoopbackClients {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("(::ffff:)?127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Set<String> IPV6_LOOPBACK = Set.of("::1", "0:0:0:0:0:0:0:1", "[::1]", "[0:0:0:0:0:0:0:1]");

    private LoopbackClients() {
    }

    static boolean isLoopback(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address != null && (IPV4_LOOPBACK.matcher(address).matches() || IPV6_LOOPBACK.contains(address));
    }
}
