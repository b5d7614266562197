package com.wildrydes.localpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.action.CognitoActions;
import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.identity.IdentityActions;
import com.wildrydes.localpool.identity.IssuedCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule "signed unless the service model says {@code authtype: none}", checked against Cognito's own model
 * (cognito-idp 2016-04-18, src/test/resources/cognito-idp/service-2.json.gz, Apache-2.0 from AWS's SDK models),
 * and the same for Cognito Identity (cognito-identity 2014-06-30, src/test/resources/cognito-identity/, botocore).
 */
class SignedOperationsTests {

    @Test
    void unsignedOperationsAreExactlyThoseTheServiceModelMarksAuthtypeNone() throws IOException {
        Map<String, JsonNode> operations = operations();
        Set<String> authtypeNone = new HashSet<>();
        operations.forEach((name, operation) -> {
            if ("none".equals(operation.path("authtype").asString(null))) {
                authtypeNone.add(name);
            }
        });

        assertThat(authtypeNone).as("the model lists unauthenticated operations").contains("SignUp", "InitiateAuth");
        assertThat(SignedOperations.UNSIGNED).containsExactlyInAnyOrderElementsOf(authtypeNone);
    }

    @Test
    void everyOperationThePoolImplementsIsInTheModelAndTheManagementOnesNeedASignature() throws IOException {
        Set<String> implemented = CognitoActions.all(new PoolServices(null, null, Clock.systemUTC(), new SecureRandom(), "ap-northeast-2",
                "http://127.0.0.1:9229", null, null, null, null, List.of())).keySet();

        assertThat(operations().keySet()).containsAll(implemented);
        assertThat(implemented).filteredOn(SignedOperations::needsSignature)
                .contains("ListUsers", "AdminCreateUser", "AdminAddUserToGroup", "CreateUserPool", "DescribeUserPool",
                        "ListUserPools", "CreateGroup", "UpdateUserPoolClient");
        assertThat(implemented).filteredOn(operation -> !SignedOperations.needsSignature(operation))
                .contains("SignUp", "ConfirmSignUp", "InitiateAuth", "RespondToAuthChallenge", "ForgotPassword",
                        "ConfirmForgotPassword", "GetUser", "GlobalSignOut", "RevokeToken", "ChangePassword");
    }

    @Test
    void unsignedIdentityOperationsAreExactlyThoseTheIdentityModelMarksAuthtypeNone() throws IOException {
        Map<String, JsonNode> operations = operations("/cognito-identity/service-2.json.gz");
        Set<String> authtypeNone = new HashSet<>();
        operations.forEach((name, operation) -> {
            if ("none".equals(operation.path("authtype").asString(null))) {
                authtypeNone.add(name);
            }
        });

        assertThat(SignedOperations.UNSIGNED_IDENTITY).containsExactlyInAnyOrderElementsOf(authtypeNone);
    }

    @Test
    void everyIdentityOperationThePoolImplementsIsInTheModelAndOnlyTheRidersOwnAreUnsigned() throws IOException {
        Set<String> implemented = IdentityActions.all("ap-northeast-2", "http://127.0.0.1:9229", Clock.systemUTC(), null, null,
                new IssuedCredentials(new SecureRandom(), Clock.systemUTC())).keySet();

        assertThat(operations("/cognito-identity/service-2.json.gz").keySet()).containsAll(implemented);
        assertThat(implemented).filteredOn(name -> !SignedOperations.needsSignature(new Operation(Operation.IDENTITY, name)))
                .containsExactlyInAnyOrder("GetId", "GetCredentialsForIdentity", "GetOpenIdToken");
    }

    private static Map<String, JsonNode> operations() throws IOException {
        return operations("/cognito-idp/service-2.json.gz");
    }

    private static Map<String, JsonNode> operations(String resource) throws IOException {
        try (InputStream model = SignedOperationsTests.class.getResourceAsStream(resource)) {
            assertThat(model).as("the service model on the test class path").isNotNull();
            JsonNode operations = JsonMapper.builder().build().readTree(new GZIPInputStream(model)).get("operations");
            Map<String, JsonNode> byName = new java.util.HashMap<>();
            operations.propertyNames().forEach(name -> byName.put(name, operations.get(name)));
            return byName;
        }
    }
}
