package com.wildrydes.provision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WireMock Cognito (AWS JSON 1.1) holding the seed's pool once it was "created"; also Cognito Identity (AWS JSON
 * 1.1) and, through {@link com.wildrydes.cognito.provision.IamWire}, IAM (Query protocol, XML) on the same port.
 */
final class ProvisionWire implements AutoCloseable {

    static final String POOL_ID = "eu-west-1_Pr0v1s10n";
    static final String CLIENT_ID = "7gq1k2o3ab4cd5ef6gh7ij8kl9";
    static final String POOL = "{\"Id\":\"" + POOL_ID + "\",\"Name\":\"WildRydes\"}";
    private static final String TARGET = "AWSCognitoIdentityProviderService.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    ProvisionWire() {
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Cognito before the first run: no pool, no client, no group. */
    void empty() {
        stub("ListUserPools", answer("{\"UserPools\":[{\"Id\":\"eu-west-1_Other1\",\"Name\":\"Other\"}]}"));
        stub("CreateUserPool", answer("{\"UserPool\":" + POOL + "}"));
        stub("ListUserPoolClients", answer("{\"UserPoolClients\":[]}"));
        stub("CreateUserPoolClient", answer(client("")));
        stub("CreateGroup", answer("{\"Group\":{\"GroupName\":\"admins\",\"UserPoolId\":\"" + POOL_ID + "\"}}"));
    }

    /** Cognito after a run: the pool and client exist (the client with {@code secretMember}), and the group. */
    void provisioned(String secretMember) {
        stub("ListUserPools", answer("{\"UserPools\":[" + POOL + "]}"));
        stub("ListUserPoolClients", answer("{\"UserPoolClients\":[{\"ClientId\":\"" + CLIENT_ID
                + "\",\"ClientName\":\"WildRydesWebApp\",\"UserPoolId\":\"" + POOL_ID + "\"}]}"));
        stub("DescribeUserPoolClient", answer(client(secretMember)));
        stub("CreateGroup", error(400, "GroupExistsException", "A group with the name admins already exists."));
    }

    static String client(String extraMembers) {
        return "{\"UserPoolClient\":{\"ClientId\":\"" + CLIENT_ID + "\",\"ClientName\":\"WildRydesWebApp\","
                + "\"UserPoolId\":\"" + POOL_ID + "\"" + extraMembers + "}}";
    }

    void stub(String operation, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + operation))
                .willReturn(response));
    }

    static ResponseDefinitionBuilder answer(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(json);
    }

    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    static final String IDENTITY_POOL_ID = "eu-west-1:6f1c2b9e-0d4a-4c55-9a7e-1234567890ab";
    static final String PROVIDER = "cognito-idp.eu-west-1.amazonaws.com/" + POOL_ID;
    private static final String IDENTITY_TARGET = "AWSCognitoIdentityService.";

    /** Cognito Identity before the first run with --with-identity-pool: another pool only. */
    void noIdentityPool() {
        identity("ListIdentityPools", answer("{\"IdentityPools\":[{\"IdentityPoolId\":\"eu-west-1:other\","
                + "\"IdentityPoolName\":\"Other\"}]}"));
        identity("CreateIdentityPool", answer(identityPool()));
        identity("GetIdentityPoolRoles", answer("{\"IdentityPoolId\":\"" + IDENTITY_POOL_ID + "\",\"Roles\":{}}"));
        identity("SetIdentityPoolRoles", answer(""));
    }

    /** Cognito Identity after such a run: the pool, linked to the client, with {@code roleArn} for riders. */
    void identityPoolProvisioned(String roleArn) {
        identity("ListIdentityPools", answer("{\"IdentityPools\":[{\"IdentityPoolId\":\"" + IDENTITY_POOL_ID
                + "\",\"IdentityPoolName\":\"WildRydesRiders\"}]}"));
        identity("DescribeIdentityPool", answer(identityPool()));
        identity("GetIdentityPoolRoles", answer("{\"IdentityPoolId\":\"" + IDENTITY_POOL_ID
                + "\",\"Roles\":{\"authenticated\":\"" + roleArn + "\"}}"));
    }

    private static String identityPool() {
        return "{\"IdentityPoolId\":\"" + IDENTITY_POOL_ID + "\",\"IdentityPoolName\":\"WildRydesRiders\","
                + "\"AllowUnauthenticatedIdentities\":false,\"CognitoIdentityProviders\":[{\"ProviderName\":\""
                + PROVIDER + "\",\"ClientId\":\"" + CLIENT_ID + "\",\"ServerSideTokenCheck\":false}]}";
    }

    void identity(String operation, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(IDENTITY_TARGET + operation))
                .willReturn(response));
    }

    List<LoggedRequest> identityRequests(String operation) {
        return server.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(IDENTITY_TARGET + operation)));
    }

    JsonNode identitySent(String operation) {
        List<LoggedRequest> sent = identityRequests(operation);
        if (sent.size() != 1) {
            throw new AssertionError("expected one " + operation + " request but saw " + sent.size());
        }
        return JSON.readTree(sent.get(0).getBodyAsString());
    }

    List<LoggedRequest> requests(String operation) {
        return server.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + operation)));
    }

    JsonNode sent(String operation) {
        List<LoggedRequest> sent = requests(operation);
        if (sent.size() != 1) {
            throw new AssertionError("expected one " + operation + " request but saw " + sent.size());
        }
        return JSON.readTree(sent.get(0).getBodyAsString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
