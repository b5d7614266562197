package com.wildrydes.cognito.provision;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IAM role an identity pool's authenticated riders assume, found by name or created, trusting that one pool
 * only. Its trust policy is the one AWS's developer guide gives for identity pool roles ("IAM roles", Role trust
 * and permissions): the federated principal {@code cognito-identity.amazonaws.com} may call
 * {@code sts:AssumeRoleWithWebIdentity} when the token's {@code aud} is the pool id and its {@code amr} says
 * {@code authenticated}. The role gets no permissions: STS GetCallerIdentity, the one call the site makes with
 * its credentials, needs none. Calls: iam:GetRole, CreateRole, UpdateAssumeRolePolicy.
 */
final class RiderRole {

    private static final Logger log = LoggerFactory.getLogger(RiderRole.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String AUDIENCE = "cognito-identity.amazonaws.com:aud";

    private final IamClient iam;

    RiderRole(IamClient iam) {
        this.iam = iam;
    }

    /**
     * The ARN of the role {@code roleName} (its account is the one the credentials belong to), created when absent.
     * An existing role whose trust policy names this pool is left as it is; one that names another pool (the pool
     * was made again) gets the trust policy above in place of its own.
     */
    String ensure(String roleName, String identityPoolId) {
        String policy = trustPolicy(identityPoolId);
        Role role;
        try {
            role = iam.getRole(r -> r.roleName(roleName)).role();
        } catch (NoSuchEntityException absent) {
            role = iam.createRole(r -> r.roleName(roleName).assumeRolePolicyDocument(policy)
                    .description("Wild Rydes riders signed in through identity pool " + identityPoolId)).role();
            log.info("Created IAM role {}: {}", roleName, role.arn());
            return role.arn();
        }
        if (!trusts(role.assumeRolePolicyDocument(), identityPoolId)) {
            iam.updateAssumeRolePolicy(r -> r.roleName(roleName).policyDocument(policy));
            log.info("IAM role {} now trusts identity pool {}", roleName, identityPoolId);
        }
        return role.arn();
    }

    /** The trust policy, as JSON text. */
    static String trustPolicy(String identityPoolId) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("Federated", "cognito-identity.amazonaws.com");
        statement.put("Action", "sts:AssumeRoleWithWebIdentity");
        ObjectNode condition = statement.putObject("Condition");
        condition.putObject("StringEquals").put(AUDIENCE, identityPoolId);
        condition.putObject("ForAnyValue:StringLike").put("cognito-identity.amazonaws.com:amr", "authenticated");
        ObjectNode policy = JSON.createObjectNode();
        policy.put("Version", "2012-10-17");
        policy.putArray("Statement").add(statement);
        return JSON.writeValueAsString(policy);
    }

    /**
     * Whether a role's trust policy (as GetRole gives it: URL-encoded JSON) names this pool in an {@code aud}
     * condition of one of its statements.
     */
    static boolean trusts(String encodedPolicy, String identityPoolId) {
        if (encodedPolicy == null) {
            return false;
        }
        JsonNode policy = JSON.readTree(URLDecoder.decode(encodedPolicy, StandardCharsets.UTF_8));
        for (JsonNode statement : policy.path("Statement").isArray() ? policy.path("Statement")
                : JSON.createArrayNode().add(policy.path("Statement"))) {
            JsonNode audience = statement.path("Condition").path("StringEquals").path(AUDIENCE);
            if (audience.isString() ? audience.asString().equals(identityPoolId)
                    : audience.isArray() && audience.valueStream().anyMatch(v -> identityPoolId.equals(v.asString()))) {
                return true;
            }
        }
        return false;
    }
}
