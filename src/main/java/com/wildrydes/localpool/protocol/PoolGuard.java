package com.wildrydes.localpool.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.time.Clock;
import java.util.Collection;

/**
 * What stands between the pool and callers other than the developer's own tools: the Host must be the pool's
 * loopback address, browsers get CORS only for allowed origins, and the operations Cognito authorises with IAM
 * need a valid signature by the pool's key.
 */
final class PoolGuard {

    private final HostCheck host;
    private final Cors cors;
    private final SignatureCheck signature;

    PoolGuard(int port, AccessPolicy policy, Clock clock) {
        this.host = new HostCheck(port);
        this.cors = new Cors(policy.corsOrigins());
        this.signature = new SignatureCheck(policy, clock);
    }

    /** Before anything else is looked at, errors included. */
    void checkHost(HttpExchange exchange) {
        host.check(exchange.getRequestHeaders().getFirst("Host"));
    }

    void addCors(HttpExchange exchange) {
        cors.addTo(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), exchange.getResponseHeaders());
    }

    void allowOrigins(Collection<String> origins) {
        cors.allow(origins);
    }

    /** The signed request is the one received: method, path, query, headers and the body's bytes. */
    void checkSignature(Operation operation, HttpExchange exchange, byte[] body) {
        if (SignedOperations.needsSignature(operation)) {
            signature.verify(operation.service(), signature.poolKey(), exchange.getRequestMethod(),
                    exchange.getRequestURI(), exchange.getRequestHeaders(), body);
        }
    }

    /** An STS call: signed with credentials the identity pool issued, which {@code secrets} knows. */
    void checkStsSignature(SignatureCheck.Secrets secrets, HttpExchange exchange, byte[] body) {
        signature.verify(StsEndpoint.SERVICE, secrets, exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders(), body);
    }
}
