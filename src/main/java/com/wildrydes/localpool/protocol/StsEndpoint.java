package com.wildrydes.localpool.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.wildrydes.localpool.identity.IssuedCredentials;
import com.wildrydes.localpool.identity.IssuedCredentials.Session;
import com.wildrydes.localpool.sts.CallerIdentity;
import com.wildrydes.localpool.sts.StsXml;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.net.URLDecoder;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * STS on the pool's port, in its Query protocol (a form POST, an XML answer): only GetCallerIdentity, and only for
 * credentials the identity pool issued, signed with them and their session token (service {@code sts}). Failures
 * are STS's {@code ErrorResponse}, never Cognito's JSON.
 */
final class StsEndpoint {

    static final String SERVICE = "sts";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String XML = "text/xml";
    private static final String VERSION = "2011-06-15";

    /** An answer: its HTTP status and XML. */
    record Answer(int status, byte[] body) {
    }

    private final IssuedCredentials credentials;
    private final PoolGuard guard;

    StsEndpoint(IssuedCredentials credentials, PoolGuard guard) {
        this.credentials = credentials;
        this.guard = guard;
    }

    static boolean isStsCall(String contentType) {
        return contentType != null && contentType.startsWith(FORM);
    }

    Answer answer(HttpExchange exchange, byte[] body, String requestId) {
        try {
            AtomicReference<Session> caller = new AtomicReference<>();
            guard.checkStsSignature((accessKeyId, headers) -> secretOf(accessKeyId,
                    headers.getFirst("X-Amz-Security-Token"), caller), exchange, body);
            Map<String, String> form = form(body);
            if (!"GetCallerIdentity".equals(form.get("Action")) || !VERSION.equals(form.get("Version"))) {
                return error(400, "InvalidAction", "Could not find operation " + form.get("Action")
                        + " for version " + form.get("Version"), requestId);
            }
            return new Answer(200, StsXml.callerIdentity(CallerIdentity.of(caller.get()), requestId).getBytes(UTF_8));
        } catch (PoolException e) {
            return refused(e, requestId);
        }
    }

    /** The session's secret when the call carries its session token; an expired session is refused as STS does. */
    private String secretOf(String accessKeyId, String sessionToken, AtomicReference<Session> caller) {
        Session session = credentials.find(accessKeyId).orElse(null);
        if (session == null || sessionToken == null
                || !MessageDigest.isEqual(session.sessionToken().getBytes(UTF_8), sessionToken.getBytes(UTF_8))) {
            return null;
        }
        if (credentials.expired(session)) {
            throw new PoolException(PoolError.EXPIRED_TOKEN, "The security token included in the request is expired");
        }
        caller.set(session);
        return session.secretKey();
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PoolException(PoolError.SERIALIZATION, "The request body is not a valid form.");
        }
    }

    /** Cognito's error names, as STS spells them (its codes have no {@code Exception} suffix). */
    private static Answer refused(PoolException e, String requestId) {
        return switch (e.error()) {
            case MISSING_AUTHENTICATION_TOKEN -> error(403, "MissingAuthenticationToken",
                    "Request is missing Authentication Token", requestId);
            case UNRECOGNIZED_CLIENT -> error(403, "InvalidClientTokenId", e.getMessage(), requestId);
            case INVALID_SIGNATURE -> error(403, "SignatureDoesNotMatch", e.getMessage(), requestId);
            case INCOMPLETE_SIGNATURE -> error(403, "IncompleteSignature", e.getMessage(), requestId);
            case EXPIRED_TOKEN -> error(400, "ExpiredToken", e.getMessage(), requestId);
            case SERIALIZATION -> error(400, "MalformedQueryString", e.getMessage(), requestId);
            default -> error(e.error().httpStatus(), e.error().type().replaceFirst("Exception$", ""), e.getMessage(),
                    requestId);
        };
    }

    private static Answer error(int status, String code, String message, String requestId) {
        return new Answer(status, StsXml.error(code, message, requestId).getBytes(UTF_8));
    }
}
