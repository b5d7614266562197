package com.wildrydes.localpool.protocol;

import com.sun.net.httpserver.Headers;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CORS for browser clients (AWS's JavaScript SDKs, the original static WildRydes pages), but only for the origins
 * allowed: the site's own and those configured. Any other page the developer visits gets no CORS header, so the
 * browser keeps it from reading the pool's answers. The outbox holds verification codes and never gets CORS.
 */
final class Cors {

    static final String OUTBOX_PATH = "/_local/outbox";
    private static final String ALLOWED_HEADERS = "content-type, x-amz-target, x-amz-user-agent, cache-control, "
            + "authorization, x-amz-date, x-amz-security-token, x-amz-content-sha256, amz-sdk-invocation-id, "
            + "amz-sdk-request";

    /** Grows once the site's port is known (the pool starts before the site's web server). */
    private final Set<String> origins = ConcurrentHashMap.newKeySet();

    Cors(Collection<String> origins) {
        allow(origins);
    }

    void allow(Collection<String> more) {
        more.stream().map(Cors::normalized).forEach(origins::add);
    }

    void addTo(String path, Headers request, Headers response) {
        String origin = request.getFirst("Origin");
        if (origin != null) {
            response.set("Vary", "Origin");
        }
        if (origin == null || path.equals(OUTBOX_PATH) || !origins.contains(normalized(origin))) {
            return;
        }
        response.set("Access-Control-Allow-Origin", origin);
        response.set("Access-Control-Allow-Methods", "POST, OPTIONS");
        String asked = request.getFirst("Access-Control-Request-Headers");
        response.set("Access-Control-Allow-Headers", asked == null || asked.isBlank() ? ALLOWED_HEADERS : asked);
        response.set("Access-Control-Expose-Headers", "x-amzn-RequestId, x-amzn-ErrorType");
        response.set("Access-Control-Max-Age", "600");
    }

    /** Origins compare without case or a trailing slash: {@code http://LOCALHOST:8000/} is {@code http://localhost:8000}. */
    private static String normalized(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
