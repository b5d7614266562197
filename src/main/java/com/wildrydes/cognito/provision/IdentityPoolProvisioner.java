package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.config.CognitoPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/**
 * Finds, or creates as the seed does in the console, an identity pool that turns the ID tokens of one user pool app
 * client into AWS credentials for an authenticated role. Idempotent: a found pool is changed only where it lacks
 * the app client or names another authenticated role. Management calls: on AWS they need IAM credentials
 * (cognito-identity:ListIdentityPools, CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool,
 * GetIdentityPoolRoles, SetIdentityPoolRoles, and iam:PassRole on the role).
 */
public final class IdentityPoolProvisioner {

    private static final Logger log = LoggerFactory.getLogger(IdentityPoolProvisioner.class);
    private static final int PAGE_SIZE = 60; // the largest page Cognito Identity allows
    static final String AUTHENTICATED = "authenticated";

    private final CognitoIdentityClient identity;

    public IdentityPoolProvisioner(CognitoIdentityClient identity) {
        this.identity = identity;
    }

    /**
     * {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}: how an identity pool names a user pool, and the key
     * of the {@code Logins} that GetId and GetCredentialsForIdentity carry.
     */
    public static String providerName(String region, String userPoolId) {
        return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    /**
     * The id of the identity pool {@code spec} names, linked to {@code userPool}'s app client and with
     * {@code authenticatedRoleArn} as its authenticated role; created when absent. Throws the SDK's exception on failure.
     *
     * @param region the user pool's region
     */
    public String findOrCreate(IdentityPoolSpec spec, String region, CognitoPool userPool, String authenticatedRoleArn) {
        String poolId = findOrCreate(spec, region, userPool);
        setAuthenticatedRole(poolId, authenticatedRoleArn);
        return poolId;
    }

    /** As above, but leaves the roles alone: for a role that can only be made once the pool id is known. */
    String findOrCreate(IdentityPoolSpec spec, String region, CognitoPool userPool) {
        CognitoIdentityProvider provider = CognitoIdentityProvider.builder()
                .providerName(providerName(region, userPool.userPoolId())).clientId(userPool.clientId())
                .serverSideTokenCheck(false).build();
        return findPool(spec.poolName())
                .map(found -> linked(found, provider))
                .orElseGet(() -> createPool(spec, provider));
    }

    private Optional<String> findPool(String poolName) {
        return identity.listIdentityPoolsPaginator(r -> r.maxResults(PAGE_SIZE)).identityPools().stream()
                .filter(pool -> poolName.equals(pool.identityPoolName()))
                .map(IdentityPoolShortDescription::identityPoolId)
                .findFirst();
    }

    /**
     * The seed's choices: riders must sign in (no unauthenticated identities), tokens are checked by signature and
     * claims (ServerSideTokenCheck off: a signed-out rider's unexpired token still works, as in the console's default).
     */
    private String createPool(IdentityPoolSpec spec, CognitoIdentityProvider provider) {
        String poolId = identity.createIdentityPool(r -> r.identityPoolName(spec.poolName())
                .allowUnauthenticatedIdentities(false).cognitoIdentityProviders(provider)).identityPoolId();
        log.info("Created identity pool {}: {}", spec.poolName(), poolId);
        return poolId;
    }

    /**
     * The found pool, with the app client added to its providers when missing. UpdateIdentityPool replaces the whole
     * pool, so every other setting is sent back as DescribeIdentityPool gave it.
     */
    private String linked(String poolId, CognitoIdentityProvider provider) {
        DescribeIdentityPoolResponse pool = identity.describeIdentityPool(r -> r.identityPoolId(poolId));
        boolean present = pool.cognitoIdentityProviders().stream()
                .anyMatch(p -> provider.providerName().equals(p.providerName())
                        && provider.clientId().equals(p.clientId()));
        if (present) {
            return poolId;
        }
        List<CognitoIdentityProvider> providers = new ArrayList<>(pool.cognitoIdentityProviders());
        providers.add(provider);
        identity.updateIdentityPool(r -> r.identityPoolId(poolId).identityPoolName(pool.identityPoolName())
                .allowUnauthenticatedIdentities(pool.allowUnauthenticatedIdentities())
                .allowClassicFlow(pool.allowClassicFlow())
                .supportedLoginProviders(pool.supportedLoginProviders())
                .developerProviderName(pool.developerProviderName())
                .openIdConnectProviderARNs(pool.openIdConnectProviderARNs())
                .samlProviderARNs(pool.samlProviderARNs())
                .identityPoolTags(pool.identityPoolTags())
                .cognitoIdentityProviders(providers));
        log.info("Linked identity pool {} to app client {} of {}", poolId, provider.clientId(), provider.providerName());
        return poolId;
    }

    /** SetIdentityPoolRoles replaces every role and mapping, so the others are sent back as they were. */
    void setAuthenticatedRole(String poolId, String roleArn) {
        GetIdentityPoolRolesResponse current = identity.getIdentityPoolRoles(r -> r.identityPoolId(poolId));
        if (roleArn.equals(current.roles().get(AUTHENTICATED))) {
            return;
        }
        Map<String, String> roles = new HashMap<>(current.roles());
        roles.put(AUTHENTICATED, roleArn);
        identity.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(roles)
                .roleMappings(current.hasRoleMappings() ? current.roleMappings() : null));
        log.info("Identity pool {} gives authenticated riders the role {}", poolId, roleArn);
    }
}
