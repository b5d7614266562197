package com.wildrydes.cognito.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Instant;

/**
 * Amazon Cognito Identity (AWS JSON 1.1, {@code X-Amz-Target: AWSCognitoIdentityService.*}) and STS (Query protocol:
 * a form POST with {@code Action=GetCallerIdentity}, an XML answer) as stubs on a WireMock server, in their wire formats.
 */
public final class IdentityWire {

    public static final String IDENTITY_POOL_ID = "ap-northeast-2:7c5e1f0a-1b2c-4d3e-8f4a-5b6c7d8e9f00";
    public static final String IDENTITY_ID = "ap-northeast-2:0f1e2d3c-4b5a-4968-8776-655443322110";
    public static final String ACCESS_KEY_ID = "ASIAWILDRYDESRIDER01";
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYRIDERSECRET";
    public static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEWildRydesRiderSessionToken/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==";
    public static final String ACCOUNT = "123456789012";
    public static final String ROLE_ARN_PREFIX = "arn:aws:sts::" + ACCOUNT + ":assumed-role/WildRydesRider/";
    public static final String CALLER_ARN = ROLE_ARN_PREFIX + "CognitoIdentityCredentials";
    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    private static final int PRIORITY = 5; // ahead of a user-pool stub's catch-alls on the same server

    private final WireMockServer server;

    public IdentityWire(WireMockServer server) {
        this.server = server;
    }

    public static MappingBuilder identityOperation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + name))
                .withHeader("Content-Type", containing(JSON_1_1)).atPriority(PRIORITY);
    }

    public static MappingBuilder stsCall() {
        return post(urlEqualTo("/")).withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("Action=GetCallerIdentity")).atPriority(PRIORITY);
    }

    public static RequestPatternBuilder sentToIdentity(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + name));
    }

    public static RequestPatternBuilder sentToSts() {
        return postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"));
    }

    /** GetId, GetCredentialsForIdentity and GetCallerIdentity answer as AWS does; credentials expire at {@code expiry}. */
    public void answersNormally(Instant expiry) {
        server.stubFor(identityOperation("GetId").willReturn(json("{\"IdentityId\":\"" + IDENTITY_ID + "\"}")));
        server.stubFor(identityOperation("GetCredentialsForIdentity").willReturn(json("""
                {"IdentityId":"%s","Credentials":{"AccessKeyId":"%s","SecretKey":"%s","SessionToken":"%s",\
                "Expiration":%d}}""".formatted(IDENTITY_ID, ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN,
                expiry.getEpochSecond()))));
        server.stubFor(stsCall().willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("""
                        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <GetCallerIdentityResult>
                            <Arn>%s</Arn>
                            <UserId>AROAWILDRYDESRIDER01:CognitoIdentityCredentials</UserId>
                            <Account>%s</Account>
                          </GetCallerIdentityResult>
                          <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
                        </GetCallerIdentityResponse>""".formatted(CALLER_ARN, ACCOUNT))));
    }

    /** {@code operation} of Cognito Identity answers this error, as the service sends it; remove the stub to recover. */
    public StubMapping identityFails(String operation, int status, String type) {
        return server.stubFor(identityOperation(operation).atPriority(PRIORITY - 1).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", JSON_1_1).withHeader("x-amzn-ErrorType", type)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"stubbed " + type + "\"}")));
    }

    /** STS answers this error in its XML shape. */
    public void stsFails(int status, String code) {
        server.stubFor(stsCall().atPriority(PRIORITY - 1).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml").withBody("""
                        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <Error><Type>Sender</Type><Code>%s</Code><Message>stubbed %s</Message></Error>
                          <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
                        </ErrorResponse>""".formatted(code, code))));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1).withBody(body);
    }
}
