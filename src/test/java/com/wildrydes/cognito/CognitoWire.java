package com.wildrydes.cognito;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wildrydes.cognito.config.CognitoClientConfiguration;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.srp.SrpVectors;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WireMock server speaking Cognito's wire format (AWS JSON 1.1), and a real SDK client pointed at it. */
public final class CognitoWire implements AutoCloseable {

    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    public static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public CognitoWire() {
        server.start();
    }

    public String endpoint() {
        return "http://localhost:" + server.port();
    }

    public CognitoSettings settings() {
        return new CognitoSettings("ap-northeast-2", null, null, null, endpoint(), CognitoSettings.AuthFlow.USER_SRP_AUTH);
    }

    public CognitoIdentityProviderClient client() {
        return client(credentials(), Duration.ofSeconds(10));
    }

    public static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    public CognitoIdentityProviderClient client(AwsCredentialsProvider credentials, Duration callTimeout) {
        return CognitoClientConfiguration.clientFor(settings(), credentials, callTimeout);
    }

    /** Cognito's request shape: POST / with the operation in X-Amz-Target and the JSON 1.1 content type. */
    public static MappingBuilder operation(String name) {
        return post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + name))
                .withHeader("Content-Type", containing(JSON_1_1));
    }

    public static ResponseDefinitionBuilder answer(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-RequestId", "5b8e6c1a-0000-4000-8000-000000000001").withBody(json);
    }

    /** An error as Cognito sends it: the __type in the body and in x-amzn-ErrorType. */
    public static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_1_1)
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.cognito/")
                .withHeader("x-amzn-RequestId", "5b8e6c1a-0000-4000-8000-000000000002")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    public void stub(String operation, ResponseDefinitionBuilder response) {
        server.stubFor(operation(operation).willReturn(response));
    }

    /** InitiateAuth answered as Cognito does for USER_SRP_AUTH, with the challenge values of vector {@code v}. */
    public void stubPasswordVerifierChallenge(SrpVectors.SrpCase v) {
        stub("InitiateAuth", answer("""
                {"ChallengeName":"PASSWORD_VERIFIER","Session":"challenge-session","ChallengeParameters":\
                {"SALT":"%s","SECRET_BLOCK":"%s","SRP_B":"%s","USERNAME":"%s","USER_ID_FOR_SRP":"%s"}}"""
                .formatted(v.salt(), v.secretBlock(), v.srpB(), v.username(), v.username())));
    }

    public static RequestPatternBuilder sentTo(String operation) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation));
    }

    public List<LoggedRequest> requests(String operation) {
        return server.findAll(sentTo(operation));
    }

    /** The body of the one request sent for {@code operation}. */
    public JsonNode sent(String operation) {
        List<LoggedRequest> sent = requests(operation);
        if (sent.size() != 1) {
            throw new AssertionError("expected one " + operation + " request but saw " + sent.size());
        }
        return JSON.readTree(sent.get(0).getBodyAsString());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Override
    public void close() {
        server.stop();
    }
}
