package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.directory.EmailFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * Finds, or creates as the seed does in the console, a user pool and its app client by name, and the
 * pool's groups. Idempotent: running it again reuses what exists and never changes it. Management calls:
 * on AWS they need IAM credentials (cognito-idp:ListUserPools, CreateUserPool, ListUserPoolClients,
 * DescribeUserPoolClient, CreateUserPoolClient, CreateGroup, ListUsers, AdminAddUserToGroup, and
 * SetUserPoolMfaConfig when a new pool gets MFA).
 */
class PoolProvisioner {

    private static final Logger log = LoggerFactory.getLogger(PoolProvisioner.class);
    private static final int PAGE_SIZE = 60; // the largest page Cognito allows

    private final CognitoIdentityProviderClient cognito;

    PoolProvisioner(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    /** The pool and client {@code spec} names, created when absent. Throws the SDK's exception on failure. */
    CognitoPool findOrCreate(PoolSpec spec) {
        String poolId = findPool(spec.poolName()).orElseGet(() -> createPool(spec));
        return findClient(poolId, spec.clientName()).orElseGet(() -> createClient(poolId, spec));
    }

    /** CreateGroup, unless the pool already has a group of that name. */
    void ensureGroup(String poolId, String groupName) {
        try {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName(groupName));
            log.info("Created group {} in user pool {}", groupName, poolId);
        } catch (GroupExistsException e) {
            log.debug("Group {} already exists in user pool {}", groupName, poolId);
        }
    }

    /** Puts the user with this email into the group; false when the pool has no such user. */
    boolean addToGroup(String poolId, String email, String groupName) {
        Optional<String> username = cognito.listUsers(r -> r.userPoolId(poolId).limit(1)
                .filter(EmailFilter.equalTo(email))).users().stream().map(UserType::username).findFirst();
        username.ifPresent(name -> {
            cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(name).groupName(groupName));
            log.info("Added user {} to group {} in user pool {}", name, groupName, poolId);
        });
        return username.isPresent();
    }

    private Optional<String> findPool(String poolName) {
        return cognito.listUserPoolsPaginator(r -> r.maxResults(PAGE_SIZE)).userPools().stream()
                .filter(pool -> poolName.equals(pool.name()))
                .map(UserPoolDescriptionType::id)
                .findFirst();
    }

    private String createPool(PoolSpec spec) {
        String poolId = cognito.createUserPool(SeedPool.request(spec)).userPool().id();
        log.info("Created user pool {}: {}", spec.poolName(), poolId);
        if (!spec.mfa().equals("OFF") || spec.passkeys()) { // an existing pool is never changed: only a new one
            cognito.setUserPoolMfaConfig(SeedPool.mfaConfig(poolId, spec));
            log.info("User pool {}: MFA {}, passkeys {}", poolId, spec.mfa(),
                    spec.passkeys() ? "for " + spec.passkeysRelyingPartyId() : "off");
        }
        return poolId;
    }

    private Optional<CognitoPool> findClient(String poolId, String clientName) {
        return cognito.listUserPoolClientsPaginator(r -> r.userPoolId(poolId).maxResults(PAGE_SIZE))
                .userPoolClients().stream()
                .filter(client -> clientName.equals(client.clientName()))
                .map(UserPoolClientDescription::clientId)
                .findFirst()
                // the listing has no secret; an existing client may have one that SECRET_HASH needs
                .map(clientId -> cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId))
                        .userPoolClient())
                .map(client -> {
                    warnIfRevealsUsers(client);
                    return poolOf(poolId, client);
                });
    }

    /**
     * An existing client is reused as it is (UpdateUserPoolClient would reset every setting it is not given), so a
     * client without PreventUserExistenceErrors is only reported: with it, Cognito's answers tell who has an account.
     */
    private static void warnIfRevealsUsers(UserPoolClientType client) {
        if (client.preventUserExistenceErrors() != PreventUserExistenceErrorTypes.ENABLED) {
            log.warn("App client {} has PreventUserExistenceErrors {}: Cognito's answers will tell whether an email "
                    + "has an account; set it to ENABLED",
                    client.clientName(), client.preventUserExistenceErrorsAsString());
        }
    }

    private CognitoPool createClient(String poolId, PoolSpec spec) {
        UserPoolClientType client = cognito.createUserPoolClient(CreateUserPoolClientRequest.builder()
                .userPoolId(poolId)
                .clientName(spec.clientName())
                .generateSecret(spec.withSecret())
                .explicitAuthFlows(authFlows(spec))
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
                .build()).userPoolClient();
        log.info("Created app client {} in user pool {}: {}", spec.clientName(), poolId, client.clientId());
        return poolOf(poolId, client);
    }

    private static List<ExplicitAuthFlowsType> authFlows(PoolSpec spec) {
        List<ExplicitAuthFlowsType> flows = new ArrayList<>(List.of(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH));
        if (spec.passwordAuth()) {
            flows.add(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH);
        }
        flows.add(ExplicitAuthFlowsType.ALLOW_USER_AUTH); // signed in right after verifying; email codes
        flows.add(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        return flows;
    }

    private static CognitoPool poolOf(String poolId, UserPoolClientType client) {
        return new CognitoPool(poolId, client.clientId(), client.clientSecret());
    }
}
