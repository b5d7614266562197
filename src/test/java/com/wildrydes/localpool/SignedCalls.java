package com.wildrydes.localpool;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Raw HTTP calls of the pool's Cognito API, signed by the AWS SDK's own SigV4 signer: the request a Cognito
 * client would send, without the SDK's client around it.
 */
public final class SignedCalls {

    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    public static final String JSON_1_1 = "application/x-amz-json-1.1";
    /** java.net.http sets these itself, to the same values the signer saw. */
    private static final Set<String> SET_BY_THE_CLIENT = Set.of("host", "content-length");

    private final String endpoint;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final Clock clock;

    private SignedCalls(String endpoint, String accessKeyId, String secretAccessKey, Clock clock) {
        this.endpoint = endpoint;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.clock = clock;
    }

    /** Signed with the fixture's key, now. */
    public static SignedCalls to(LocalPoolFixture pool) {
        return new SignedCalls(pool.endpoint(), LocalPoolFixture.ACCESS_KEY_ID, LocalPoolFixture.SECRET_ACCESS_KEY,
                Clock.systemUTC());
    }

    public SignedCalls withKey(String id, String secret) {
        return new SignedCalls(endpoint, id, secret, clock);
    }

    /** Signed as at the given clock's time. */
    public SignedCalls at(Clock signingClock) {
        return new SignedCalls(endpoint, accessKeyId, secretAccessKey, signingClock);
    }

    public HttpRequest operation(String operation, String json) {
        return request(TARGET_PREFIX + operation, JSON_1_1, json);
    }

    /** Any bytes as the body, valid JSON or not: the signature covers them as sent. */
    public HttpRequest operation(String operation, byte[] body) {
        return request(TARGET_PREFIX + operation, JSON_1_1, body);
    }

    /** A POST / with any target and content type, signed as given. */
    public HttpRequest request(String target, String contentType, String json) {
        return request(target, contentType, json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String target, String contentType, byte[] body) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(endpoint + "/"))
                .putHeader("X-Amz-Target", target).putHeader("Content-Type", contentType).build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, LocalPoolFixture.REGION)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "cognito-idp")
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((name, values) -> {
            if (!SET_BY_THE_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }
}
