package com.wildrydes.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wildrydes.cognito.CognitoWire.answer;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.token.TestTokens;
import com.wildrydes.srp.SrpVectors;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A stubbed Cognito behind the site: every call the site makes answers as Cognito does (tokens the site accepts,
 * signed by a key the stubbed JWKS serves), except the one a test makes fail.
 */
final class FaultyCognito {

    static final String POOL_ID = "ap-northeast-2_AbC123xYz";
    static final String CLIENT_ID = "4lq0k1o2ab3cd4ef5gh6ij7kl8";
    static final String JWKS_PATH = "/" + POOL_ID + "/.well-known/jwks.json";
    static final String REFRESH_TOKEN = "refresh-token-9f8e7d6c5b4a";
    /** Another user in the admin list, whom the admin's actions are about. */
    static final String OTHER_USER = "0b6c1d2e-aaaa-4bbb-8ccc-ddddeeeeffff";
    private static final int NORMAL = 10;
    private static final int FAULTY = 1;

    final CognitoWire wire = new CognitoWire();
    private final TestTokens poolKey = TestTokens.withNewKey("fault-suite-key");
    private String idToken;
    private String accessToken;

    String endpoint() {
        return wire.endpoint();
    }

    /** Every call answers normally; the access token lives {@code accessLife} (refresh is due within 60 s). */
    void answersNormally(Duration accessLife, boolean servesKeys) {
        wire.server.resetAll();
        String issuer = wire.endpoint() + "/" + POOL_ID;
        Date expiry = Date.from(Instant.now().plus(accessLife));
        idToken = poolKey.idToken(issuer, CLIENT_ID, claims -> claims);
        accessToken = poolKey.accessToken(issuer, CLIENT_ID, claims -> claims.expirationTime(expiry));
        String tokens = TestTokens.authenticationResult(idToken, accessToken, REFRESH_TOKEN);
        SrpVectors.SrpCase v = SrpVectors.srpCase("v2");
        normally(CognitoWire.operation("InitiateAuth").withRequestBody(containing("USER_SRP_AUTH")), answer("""
                {"ChallengeName":"PASSWORD_VERIFIER","Session":"challenge-session","ChallengeParameters":\
                {"SALT":"%s","SECRET_BLOCK":"%s","SRP_B":"%s","USERNAME":"%s","USER_ID_FOR_SRP":"%s"}}"""
                .formatted(v.salt(), v.secretBlock(), v.srpB(), TestTokens.SUB, TestTokens.SUB)));
        normally(CognitoWire.operation("RespondToAuthChallenge"), answer(tokens));
        normally(CognitoWire.operation("InitiateAuth").withRequestBody(containing("REFRESH_TOKEN_AUTH")), answer(tokens));
        normally(CognitoWire.operation("ListUsers"), answer("""
                {"Users":[{"Username":"%s","Enabled":true,"UserStatus":"CONFIRMED",\
                "UserCreateDate":1.7E9,"UserLastModifiedDate":1.7E9,"Attributes":[{"Name":"email",\
                "Value":"ann@example.com"},{"Name":"email_verified","Value":"true"}]}]}""".formatted(OTHER_USER)));
        normally(CognitoWire.operation("AdminListGroupsForUser"), answer("{\"Groups\":[]}"));
        // the admin pages ask Cognito on every request whether the signed-in admin is still in admins
        wire.server.stubFor(CognitoWire.operation("AdminListGroupsForUser").withRequestBody(containing(TestTokens.SUB))
                .atPriority(NORMAL - 1).willReturn(answer("{\"Groups\":[{\"GroupName\":\"admins\"}]}")));
        // the account page asks whether the rider's authenticator app is on
        normally(CognitoWire.operation("GetUser"), answer("{\"Username\":\"" + TestTokens.SUB
                + "\",\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"ann@example.com\"}]}"));
        // and which passkeys the rider has
        normally(CognitoWire.operation("ListWebAuthnCredentials"), answer("{\"Credentials\":[]}"));
        if (servesKeys) {
            normally(get(urlEqualTo(JWKS_PATH)), WireMock.aResponse().withHeader("Content-Type", "application/json")
                    .withBody(poolKey.publicKeys().toString()));
        }
    }

    /** Answers NEW_PASSWORD_REQUIRED to the password verifier, as for a user an administrator created. */
    void asksForANewPassword() {
        wire.server.stubFor(CognitoWire.operation("RespondToAuthChallenge")
                .withRequestBody(containing("PASSWORD_VERIFIER")).atPriority(NORMAL - 1).willReturn(answer("""
                {"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"new-password-session",\
                "ChallengeParameters":{"USER_ID_FOR_SRP":"%s","requiredAttributes":"[]"}}""".formatted(TestTokens.SUB))));
    }

    /** {@code operation} (optionally only requests whose body contains {@code bodyPart}) fails as {@code fault}. */
    void fails(String operation, String bodyPart, CognitoFault fault) {
        MappingBuilder request = "JWKS".equals(operation) ? get(urlEqualTo(JWKS_PATH)) : CognitoWire.operation(operation);
        if (bodyPart != null) {
            request = request.withRequestBody(containing(bodyPart));
        }
        wire.server.stubFor(request.atPriority(FAULTY).willReturn(fault.response()));
    }

    /** How many requests reached {@code operation} (the JWKS counts as one). */
    int requestsTo(String operation) {
        return "JWKS".equals(operation) ? wire.server.findAll(WireMock.getRequestedFor(urlEqualTo(JWKS_PATH))).size()
                : wire.requests(operation).size();
    }

    /** The tokens handed out: none may appear in a log line. */
    List<String> tokens() {
        return List.of(idToken, accessToken, REFRESH_TOKEN);
    }

    private void normally(MappingBuilder request, ResponseDefinitionBuilder response) {
        wire.server.stubFor(request.atPriority(NORMAL).willReturn(response));
    }
}
