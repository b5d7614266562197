package com.wildrydes.localpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.localpool.SignedCalls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The raw AWS JSON 1.1 wire format, seen without the SDK. */
class WireFormatTests {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenTargetUnknownThenUnknownOperationWithTypeHeaderAndRequestId() throws Exception {
        HttpResponse<String> response = call("AWSCognitoIdentityProviderService.FlyToTheMoon", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("UnknownOperationException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().matches(UUID);
        assertThat(body(response).get("__type").asString()).isEqualTo("UnknownOperationException");
    }

    @Test
    void whenBodyIsNotJsonThenSerializationExceptionWithoutEchoingTheBody() throws Exception {
        HttpResponse<String> response = call("AWSCognitoIdentityProviderService.SignUp", "{\"Password\": \"Secret-1\" ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("__type").asString()).isEqualTo("SerializationException");
        assertThat(response.body()).doesNotContain("Secret-1").doesNotContain("at com.");
    }

    @Test
    void whenRequiredMembersMissingThenInvalidParameterListsEachInCognitosWords() throws Exception {
        HttpResponse<String> response = call("AWSCognitoIdentityProviderService.ConfirmSignUp", "{\"ClientId\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidParameterException");
        assertThat(body(response).get("message").asString()).isEqualTo("2 validation errors detected: "
                + "Value null at 'username' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'confirmationCode' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void whenCognitoErrorThenBodyHasOnlyTypeAndMessage() throws Exception {
        HttpResponse<String> response = call("AWSCognitoIdentityProviderService.DescribeUserPool",
                "{\"UserPoolId\":\"ap-northeast-2_missing00\"}");

        JsonNode error = body(response);
        assertThat(error.propertyNames()).containsExactly("__type", "message");
        assertThat(error.get("__type").asString()).isEqualTo("ResourceNotFoundException");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
    }

    @Test
    void whenMemberAbsentThenItIsLeftOutRatherThanNull() throws Exception {
        String poolId = PoolExamples.emailPool(pool.cognito());

        HttpResponse<String> response = call("AWSCognitoIdentityProviderService.CreateUserPoolClient",
                "{\"UserPoolId\":\"" + poolId + "\",\"ClientName\":\"NoSecret\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("null").doesNotContain("ClientSecret");
        assertThat(body(response).get("UserPoolClient").get("ClientName").asString()).isEqualTo("NoSecret");
    }

    @Test
    void whenPlainJsonContentTypeThenAcceptedToo() throws Exception {
        HttpResponse<String> response = http.send(SignedCalls.to(pool).request(
                "AWSCognitoIdentityProviderService.ListUserPools", "application/json", "{\"MaxResults\":10}"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("UserPools").isArray()).isTrue();
    }

    @Test
    void whenBrowserPreflightsThenNoContentWithTheCorsHeadersAwsClientsNeed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", LocalPoolFixture.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(LocalPoolFixture.ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).get().asString()
                .contains("x-amz-target", "x-amz-user-agent", "content-type", "authorization");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).get().asString()
                .contains("x-amzn-RequestId");
    }

    @Test
    void whenOutboxReadThenMessagesNewestFirstInTheShapeTheSitePageReads() throws Exception {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("ann@example.com").password(PoolExamples.PASSWORD));
        pool.advance(java.time.Duration.ofSeconds(3));
        pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("bob@example.com").password(PoolExamples.PASSWORD));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/_local/outbox"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        JsonNode messages = body(response).get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("destination").asString()).isEqualTo("bob@example.com");
        assertThat(messages.get(0).get("subject").asString()).isEqualTo("Your verification code");
        assertThat(messages.get(0).get("body").asString()).matches("Your verification code is \\d{6}\\.");
        assertThat(messages.get(0).get("sentAt").asString()).isEqualTo("2026-11-27T09:00:03Z");
    }

    @Test
    void whenJwksReadForAPoolThenThePublicKeyIsServed() throws Exception {
        String poolId = PoolExamples.emailPool(pool.cognito());

        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint() + "/" + poolId
                + "/.well-known/jwks.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(pool.endpoint()
                + "/ap-northeast-2_missing00/.well-known/jwks.json")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode key = body(found).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse();
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    /** Signed, as the management operations among these need to be. */
    private HttpResponse<String> call(String target, String body) throws IOException, InterruptedException {
        return http.send(SignedCalls.to(pool).request(target, SignedCalls.JSON_1_1, body),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
