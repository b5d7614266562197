package com.wildrydes.localpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.SignedCalls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations Cognito authorises with IAM need a SigV4 signature by the pool's key; the others need none. */
class PoolSignatureTests {

    static final String MISMATCH = "The request signature we calculated does not match the signature you provided. "
            + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void signedBySdkSignerWithThePoolsKeyThenListUsersAnswers() throws Exception {
        String poolId = PoolExamples.emailPool(pool.cognito());

        HttpResponse<String> response = send(SignedCalls.to(pool).operation("ListUsers",
                "{\"UserPoolId\":\"" + poolId + "\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("Users").isArray()).isTrue();
    }

    @Test
    void signedWithAWrongSecretThenInvalidSignature() throws Exception {
        HttpResponse<String> response = send(SignedCalls.to(pool)
                .withKey(LocalPoolFixture.ACCESS_KEY_ID, "not-the-secret").operation("ListUserPools", "{\"MaxResults\":10}"));

        assertRefused(response, 400, "InvalidSignatureException", MISMATCH);
    }

    @Test
    void signedWithAnUnknownKeyThenUnrecognizedClient() throws Exception {
        HttpResponse<String> response = send(SignedCalls.to(pool)
                .withKey("AKIAIOSFODNN7EXAMPLE", LocalPoolFixture.SECRET_ACCESS_KEY)
                .operation("ListUserPools", "{\"MaxResults\":10}"));

        assertRefused(response, 400, "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ListUsers           | {"UserPoolId":"ap-northeast-2_AbC123xYz"}
            AdminCreateUser     | {"UserPoolId":"ap-northeast-2_AbC123xYz","Username":"mallory@example.com"}
            AdminAddUserToGroup | {"UserPoolId":"ap-northeast-2_AbC123xYz","Username":"mallory","GroupName":"admins"}
            CreateUserPool      | {"PoolName":"Mallory"}
            """)
    void unsignedManagementCallThenMissingAuthenticationTokenAndNothingChanges(String operation, String body)
            throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .header("X-Amz-Target", SignedCalls.TARGET_PREFIX + operation)
                .header("Content-Type", SignedCalls.JSON_1_1)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertRefused(response, 403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        assertThat(pool.cognito().listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
    }

    @Test
    void signedTwentyMinutesAgoThenSignatureExpired() throws Exception {
        Clock twentyMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC);

        HttpResponse<String> response = send(SignedCalls.to(pool).at(twentyMinutesAgo)
                .operation("ListUserPools", "{\"MaxResults\":10}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("__type").asString()).isEqualTo("InvalidSignatureException");
        assertThat(body(response).get("message").asString()).startsWith("Signature expired: ").endsWith(" - 15 min.)");
    }

    @Test
    void signedTenMinutesAgoThenStillAccepted() throws Exception {
        Clock tenMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC);

        HttpResponse<String> response = send(SignedCalls.to(pool).at(tenMinutesAgo)
                .operation("ListUserPools", "{\"MaxResults\":10}"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void bodyChangedAfterSigningThenInvalidSignature() throws Exception {
        HttpRequest signed = SignedCalls.to(pool).operation("CreateUserPool", "{\"PoolName\":\"Honest\"}");
        HttpRequest.Builder tampered = HttpRequest.newBuilder(signed.uri())
                .POST(HttpRequest.BodyPublishers.ofString("{\"PoolName\":\"Forged\"}"));
        signed.headers().map().forEach((name, values) -> values.forEach(value -> tampered.header(name, value)));

        assertRefused(send(tampered.build()), 400, "InvalidSignatureException", MISMATCH);
        assertThat(pool.cognito().listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
    }

    @Test
    void unauthenticatedOperationsNeedNoSignature() throws Exception {
        PoolExamples.PoolAndClient seed = PoolExamples.seed(pool.cognito());

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .header("X-Amz-Target", SignedCalls.TARGET_PREFIX + "SignUp")
                .header("Content-Type", SignedCalls.JSON_1_1)
                .POST(HttpRequest.BodyPublishers.ofString("{\"ClientId\":\"" + seed.clientId()
                        + "\",\"Username\":\"ann@example.com\",\"Password\":\"" + PoolExamples.PASSWORD + "\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("UserConfirmed").asBoolean()).isFalse();
    }

    @Test
    void sdkClientWithAnotherRegionInItsScopeThenInvalidSignature() {
        try (CognitoIdentityProviderClient elsewhere = CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create(pool.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(LocalPoolFixture.credentials()).build()) {
            CognitoIdentityProviderException thrown = catchThrowableOfType(CognitoIdentityProviderException.class,
                    () -> elsewhere.listUserPools(r -> r.maxResults(10)));

            assertThat(thrown.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(thrown.awsErrorDetails().errorMessage()).contains("region");
        }
    }

    @Test
    void sdkClientWithForeignCredentialsThenUnrecognizedClient() {
        try (CognitoIdentityProviderClient stranger = CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create(pool.endpoint())).region(Region.of(LocalPoolFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            CognitoIdentityProviderException thrown = catchThrowableOfType(CognitoIdentityProviderException.class,
                    () -> stranger.adminCreateUser(r -> r.userPoolId("ap-northeast-2_AbC123xYz").username("eve")));

            assertThat(thrown.statusCode()).isEqualTo(400);
            assertThat(thrown.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
        }
    }

    private void assertRefused(HttpResponse<String> response, int status, String type, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(type);
        JsonNode error = body(response);
        assertThat(error.propertyNames()).containsExactly("__type", "message");
        assertThat(error.get("__type").asString()).isEqualTo(type);
        assertThat(error.get("message").asString()).isEqualTo(message);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
