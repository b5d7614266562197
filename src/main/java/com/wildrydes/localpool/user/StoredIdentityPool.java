package com.wildrydes.localpool.user;

import java.util.List;
import java.util.Map;

/**
 * An Amazon Cognito Identity pool as the store keeps it: its settings as CreateIdentityPool or UpdateIdentityPool
 * last gave them (null where they were left out), and its roles as SetIdentityPoolRoles set them.
 *
 * @param authenticatedRole   the role ARN for signed-in identities, or null while none is set
 * @param unauthenticatedRole the role ARN for guests, or null
 */
public record StoredIdentityPool(String id, String name, boolean allowUnauthenticated, Boolean allowClassicFlow,
        Map<String, String> supportedLoginProviders, String developerProviderName,
        List<String> openIdConnectProviderArns, List<LinkedClient> cognitoProviders, List<String> samlProviderArns,
        Map<String, String> tags, String authenticatedRole, String unauthenticatedRole) {

    /** A user pool app client whose ID tokens the identity pool accepts. */
    public record LinkedClient(String providerName, String clientId, Boolean serverSideTokenCheck) {
    }

    public StoredIdentityPool withRoles(String authenticated, String unauthenticated) {
        return new StoredIdentityPool(id, name, allowUnauthenticated, allowClassicFlow, supportedLoginProviders,
                developerProviderName, openIdConnectProviderArns, cognitoProviders, samlProviderArns, tags,
                authenticated, unauthenticated);
    }
}
