package com.wildrydes.localpool.protocol;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every HTTP request of the local pool: its guard (Host, CORS, signatures), the request id, the optional artificial latency, routing to the
 * Cognito APIs (user pools and identity pools, by {@code X-Amz-Target}) / STS (a form POST) / JWKS / outbox, and errors in Cognito's
 * shape (STS's in its own). Nothing escapes as a stack trace or HTML.
 */
final class PoolHttpHandler implements HttpHandler {

    static final String JSON_1_1 = "application/x-amz-json-1.1";
    static final int MAX_BODY_BYTES = 1 << 20;
    /** How much of an oversized body is read and thrown away so the client, still sending, can read the answer. */
    private static final long DISCARD_BYTES = 64L << 20;
    private static final Logger log = LoggerFactory.getLogger(PoolHttpHandler.class);

    private final ActionDispatcher dispatcher;
    private final ResourceEndpoints resources;
    private final Duration latency;
    private final PoolGuard guard;
    private final StsEndpoint sts;
    private final JsonMapper plain = WireJson.plain();

    PoolHttpHandler(ActionDispatcher dispatcher, ResourceEndpoints resources, Duration latency, PoolGuard guard,
            StsEndpoint sts) {
        this.dispatcher = dispatcher;
        this.resources = resources;
        this.latency = latency;
        this.guard = guard;
        this.sts = sts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try (exchange) {
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            try {
                guard.checkHost(exchange);
                guard.addCors(exchange);
                route(exchange, requestId);
            } catch (PoolException e) {
                sendError(exchange, e.error(), e.getMessage());
            } catch (RuntimeException | Error e) {
                log.error("Local pool request {} failed", requestId, e);
                sendError(exchange, PoolError.INTERNAL_ERROR, "An internal error occurred.");
            }
        }
    }

    private void route(HttpExchange exchange, String requestId) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("OPTIONS")) {
            exchange.sendResponseHeaders(204, -1);
        } else if (method.equals("GET") || method.equals("HEAD")) {
            ResourceEndpoints.Resource resource = resources.find(path);
            send(exchange, resource.status(), resource.contentType(), resource.body());
        } else if (method.equals("POST") && path.equals("/")
                && StsEndpoint.isStsCall(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            callSts(exchange, requestId);
        } else if (method.equals("POST") && path.equals("/")) {
            callCognito(exchange);
        } else {
            throw new PoolException(PoolError.UNKNOWN_OPERATION, null);
        }
    }

    private void callCognito(HttpExchange exchange) throws IOException {
        Operation operation = dispatcher.operationOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        checkContentType(exchange.getRequestHeaders().getFirst("Content-Type"));
        byte[] body = readBody(exchange);
        guard.checkSignature(operation, exchange, body);
        pause();
        send(exchange, 200, JSON_1_1, dispatcher.dispatch(operation, body));
    }

    private void callSts(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = readBody(exchange);
        StsEndpoint.Answer answer = sts.answer(exchange, body, requestId);
        pause();
        send(exchange, answer.status(), StsEndpoint.XML, answer.body());
    }

    private static void checkContentType(String contentType) {
        if (contentType != null && !contentType.startsWith(JSON_1_1) && !contentType.startsWith("application/json")) {
            throw new PoolException(PoolError.SERIALIZATION, "Content-Type must be " + JSON_1_1 + ".");
        }
    }

    /**
     * The body, up to {@link #MAX_BODY_BYTES}. A larger one is read to its end (up to {@link #DISCARD_BYTES}) before
     * the 413 goes out: closing a socket with unread data resets it, and the client would never see the answer.
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            discard(in);
            exchange.getResponseHeaders().set("Connection", "close");
            throw new PoolException(PoolError.REQUEST_TOO_LARGE,
                    "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        return body;
    }

    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long discarded = 0;
        for (int read; discarded < DISCARD_BYTES && (read = in.read(buffer)) > 0; ) {
            discarded += read;
        }
    }

    /** The benchmark's stand-in for the network distance to a real Cognito region. */
    private void pause() {
        if (!latency.isZero() && !latency.isNegative()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sendError(HttpExchange exchange, PoolError error, String message) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", error.type());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("__type", error.type());
        if (message != null) {
            body.put("message", message);
        }
        send(exchange, error.httpStatus(), JSON_1_1, plain.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }
}
