package com.wildrydes.localpool.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the AWS Signature Version 4 of a call, as Cognito does for the operations it authorises with IAM
 * (<a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">create a
 * signed request</a>). The signature is recomputed from the request as received, over the headers the client says
 * it signed, so the AWS CLI, the JavaScript SDKs and the Java SDK all pass, whichever headers each one signs.
 * The key is looked up by a {@link Secrets}: the pool's own pair for Cognito's operations, the credentials the
 * identity pool issued (with their session token) for STS. Deviations: no presigned query strings, no {@code Date}
 * header in place of {@code X-Amz-Date}; the payload is always hashed (no {@code UNSIGNED-PAYLOAD}).
 */
final class SignatureCheck {

    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    static final String SERVICE = "cognito-idp";

    /** The secret of an access key id, or null for a key unknown here; may refuse the call itself (an expired key). */
    @FunctionalInterface
    interface Secrets {
        String secretOf(String accessKeyId, Headers headers);
    }

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AccessPolicy policy;
    private final Clock clock;

    SignatureCheck(AccessPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** A Cognito user pool call, signed with the pool's own key. */
    void verify(String method, URI uri, Headers headers, byte[] body) {
        verify(SERVICE, poolKey(), method, uri, headers, body);
    }

    /** The pool's own key pair; a session token, if sent, is not looked at. */
    Secrets poolKey() {
        return (accessKeyId, headers) -> accessKeyId.equals(policy.accessKeyId()) ? policy.secretAccessKey() : null;
    }

    /** A call to {@code service} (the credential scope's service), signed with a key {@code secrets} knows. */
    void verify(String service, Secrets secrets, String method, URI uri, Headers headers, byte[] body) {
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw refused(PoolError.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
        }
        Map<String, String> parts = parts(authorization);
        String[] credential = parts.get("Credential").split("/", -1);
        if (credential.length != 5) {
            throw refused(PoolError.INCOMPLETE_SIGNATURE, "Credential must have exactly 5 slash-delimited elements, "
                    + "e.g. keyid/date/region/service/term.");
        }
        String secret = secrets.secretOf(credential[0], headers);
        if (secret == null) {
            throw refused(PoolError.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid.");
        }
        String amzDate = headers.getFirst("X-Amz-Date");
        checkScope(credential, amzDate, service);
        List<String> signedHeaders = List.of(parts.get("SignedHeaders").split(";"));
        if (!signedHeaders.contains("host")) {
            throw refused(PoolError.INCOMPLETE_SIGNATURE, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String scope = String.join("/", credential[1], credential[2], credential[3], credential[4]);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + SigV4Encoding.hex(SigV4Encoding.sha256(canonicalRequest(method, uri, headers, signedHeaders, body)));
        String expected = SigV4Encoding.hex(SigV4Encoding.hmac(signingKey(secret, credential[1], service),
                stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(UTF_8), parts.get("Signature").getBytes(UTF_8))) {
            throw refused(PoolError.INVALID_SIGNATURE, "The request signature we calculated does not match the "
                    + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
                    + "documentation for details.");
        }
    }

    private static Map<String, String> parts(String authorization) {
        Map<String, String> parts = new HashMap<>();
        if (authorization.startsWith(ALGORITHM + " ")) {
            for (String part : authorization.substring(ALGORITHM.length()).split(",")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
                }
            }
        }
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (!parts.containsKey(required)) {
                throw refused(PoolError.INCOMPLETE_SIGNATURE, "Authorization header requires '" + required
                        + "' parameter of the " + ALGORITHM + " scheme.");
            }
        }
        return parts;
    }

    /** The credential scope names this day, this pool's region and the service; the date is within 15 minutes of now. */
    private void checkScope(String[] credential, String amzDate, String service) {
        Instant signedAt = parseDate(amzDate);
        if (!amzDate.startsWith(credential[1])) {
            throw refused(PoolError.INVALID_SIGNATURE, "Date in Credential scope does not match YYYYMMDD from "
                    + "ISO-8601 version of date from HTTP: '" + credential[1] + "' != '" + amzDate.substring(0, 8) + "'.");
        }
        if (!credential[2].equals(policy.region())) {
            throw refused(PoolError.INVALID_SIGNATURE, "Credential should be scoped to a valid region, not '"
                    + credential[2] + "'.");
        }
        if (!credential[3].equals(service)) {
            throw refused(PoolError.INVALID_SIGNATURE, "Credential should be scoped to correct service: '"
                    + service + "'.");
        }
        if (!credential[4].equals("aws4_request")) {
            throw refused(PoolError.INVALID_SIGNATURE, "Credential should be scoped with a valid terminator: "
                    + "'aws4_request', not '" + credential[4] + "'.");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw refused(PoolError.INVALID_SIGNATURE, "Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw refused(PoolError.INVALID_SIGNATURE, "Signature not yet current: " + amzDate + " is still later "
                    + "than " + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " + 15 min.)");
        }
    }

    private static Instant parseDate(String amzDate) {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate == null ? "" : amzDate));
        } catch (DateTimeParseException e) {
            throw refused(PoolError.INCOMPLETE_SIGNATURE,
                    "Authorization header requires existence of a valid 'X-Amz-Date' header.");
        }
    }

    private static String canonicalRequest(String method, URI uri, Headers headers, List<String> signedHeaders,
            byte[] body) {
        StringBuilder canonical = new StringBuilder(method).append('\n')
                .append(SigV4Encoding.canonicalPath(uri.getRawPath())).append('\n')
                .append(SigV4Encoding.canonicalQuery(uri.getRawQuery())).append('\n');
        for (String name : signedHeaders) {
            List<String> values = headers.get(name);
            canonical.append(name).append(':').append(values == null ? "" : SigV4Encoding.headerValue(values))
                    .append('\n');
        }
        return canonical.append('\n').append(String.join(";", signedHeaders)).append('\n')
                .append(SigV4Encoding.hex(SigV4Encoding.sha256(body))).toString();
    }

    private byte[] signingKey(String secret, String day, String service) {
        byte[] key = SigV4Encoding.hmac(("AWS4" + secret).getBytes(UTF_8), day);
        key = SigV4Encoding.hmac(key, policy.region());
        key = SigV4Encoding.hmac(key, service);
        return SigV4Encoding.hmac(key, "aws4_request");
    }

    private static PoolException refused(PoolError error, String message) {
        return new PoolException(error, message);
    }
}
