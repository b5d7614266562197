package com.wildrydes.localpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.SignedCalls;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import tools.jackson.databind.json.JsonMapper;

/** A body over the limit is answered in full (413, Cognito's JSON error shape) instead of a reset connection. */
class BodyLimitTests {

    private static final int TEN_MIB = 10 << 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @Test
    void postWhenBodyTenMegabytesThenTheClientReadsA413SerializationError() throws Exception {
        byte[] body = ("{\"ClientId\":\"" + "a".repeat(TEN_MIB) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .header("Content-Type", PoolHttpHandler.JSON_1_1)
                .header("X-Amz-Target", ActionDispatcher.TARGET_PREFIX + "SignUp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        var error = JsonMapper.builder().build().readTree(response.body());
        assertThat(error.get("__type").asString()).isEqualTo("SerializationException");
        assertThat(error.get("message").asString()).contains(String.valueOf(PoolHttpHandler.MAX_BODY_BYTES));
    }

    @Test
    void sdkCallWhenBodyOverTheLimitThenAServiceErrorNotAResetConnection() {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        String huge = "a".repeat(TEN_MIB);

        assertThatThrownBy(() -> pool.cognito().signUp(r -> r.clientId(seed.clientId()).username("ann@example.com")
                .password(PoolExamples.PASSWORD).userAttributes(AttributeType.builder().name("name").value(huge)
                        .build())))
                .isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(413);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SerializationException");
                });
        // the pool still answers on a new connection
        assertThat(pool.cognito().describeUserPool(r -> r.userPoolId(seed.poolId())).userPool().id())
                .isEqualTo(seed.poolId());
    }

    @Test
    void postWhenBodyJustUnderTheLimitThenHandledAsUsual() throws Exception {
        String padding = "a".repeat(PoolHttpHandler.MAX_BODY_BYTES - 100);
        byte[] body = ("{\"Padding\":\"" + padding + "\",\"MaxResults\":5}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = SignedCalls.to(pool).operation("ListUserPools", body); // ListUserPools needs IAM

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
