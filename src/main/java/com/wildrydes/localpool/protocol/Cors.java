package com.wildrydes.localpool.protocol;

import com.sun.net.httpserver.Headers;

/**
 * CORS for browser clients (AWS's JavaScript SDKs, the original static WildRydes pages): any origin may call,
 * with the headers those clients send, and read the request id and error type.
 */
final class Cors {

    private static final String ALLOWED_HEADERS = "content-type, x-amz-target, x-amz-user-agent, cache-control, "
            + "authorization, x-amz-date, x-amz-security-token, x-amz-content-sha256, amz-sdk-invocation-id, "
            + "amz-sdk-request";

    private Cors() {
    }

    static void addTo(Headers request, Headers response) {
        String origin = request.getFirst("Origin");
        response.set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        if (origin != null) {
            response.set("Vary", "Origin");
        }
        response.set("Access-Control-Allow-Methods", "POST, OPTIONS");
        String asked = request.getFirst("Access-Control-Request-Headers");
        response.set("Access-Control-Allow-Headers", asked == null || asked.isBlank() ? ALLOWED_HEADERS : asked);
        response.set("Access-Control-Expose-Headers", "x-amzn-RequestId, x-amzn-ErrorType");
        response.set("Access-Control-Max-Age", "600");
    }
}
