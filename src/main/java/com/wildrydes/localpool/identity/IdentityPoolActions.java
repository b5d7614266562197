package com.wildrydes.localpool.identity;

import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.IdentityPoolShapes.CognitoIdentityProvider;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPool;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPoolIdRequest;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPoolRoles;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPoolShortDescription;
import com.wildrydes.localpool.wire.IdentityPoolShapes.ListIdentityPoolsRequest;
import com.wildrydes.localpool.wire.IdentityPoolShapes.ListIdentityPoolsResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The management operations of identity pools, signed with the pool's key:
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CreateIdentityPool.html">CreateIdentityPool</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UpdateIdentityPool.html">UpdateIdentityPool</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DescribeIdentityPool.html">DescribeIdentityPool</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_ListIdentityPools.html">ListIdentityPools</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_SetIdentityPoolRoles.html">SetIdentityPoolRoles</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityPoolRoles.html">GetIdentityPoolRoles</a>.
 * Deviations: only Cognito user pool providers sign people in; supported login providers, OpenID Connect and SAML
 * providers and developer provider names are kept and described, never used; role mappings are accepted and
 * dropped (GetIdentityPoolRoles answers none); no tags operations; no pool limit; ListIdentityPools' NextToken is the last pool id of the page before.
 */
final class IdentityPoolActions {

    private static final Pattern POOL_NAME = Pattern.compile("[\\w\\s+=,.@-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PROVIDER_NAME = Pattern.compile("[\\w._:/-]+");
    private static final Pattern CLIENT_ID = Pattern.compile("[\\w_]+");
    /** An IAM role ARN: partition, 12-digit account, role name with an optional path. */
    static final Pattern ROLE_ARN = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Set<String> ROLE_KINDS = Set.of("authenticated", "unauthenticated");

    private final IdentityDirectory directory;

    IdentityPoolActions(IdentityDirectory directory) {
        this.directory = directory;
    }

    IdentityPool create(IdentityPool request) {
        return directory.create(checked(request));
    }

    /** Replaces every setting of the pool, as Cognito does: what the request leaves out is gone. */
    IdentityPool update(IdentityPool request) {
        if (request.identityPoolId() == null) {
            throw invalid("1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: "
                    + "Member must not be null");
        }
        return directory.update(checked(request));
    }

    private static IdentityPool checked(IdentityPool request) {
        if (!POOL_NAME.matcher(request.identityPoolName()).matches()) {
            throw invalid("1 validation error detected: Value '" + request.identityPoolName() + "' at "
                    + "'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression "
                    + "pattern: " + POOL_NAME.pattern());
        }
        List<CognitoIdentityProvider> providers = request.cognitoIdentityProviders();
        for (CognitoIdentityProvider provider : providers == null ? List.<CognitoIdentityProvider>of() : providers) {
            if (provider.providerName() == null || !PROVIDER_NAME.matcher(provider.providerName()).matches()
                    || provider.clientId() == null || !CLIENT_ID.matcher(provider.clientId()).matches()) {
                throw invalid("Invalid Cognito Identity Provider: each needs a ProviderName "
                        + "(cognito-idp.<region>.amazonaws.com/<userPoolId>) and a ClientId.");
            }
        }
        return request;
    }

    IdentityPool describe(IdentityPoolIdRequest request) {
        return directory.require(request.identityPoolId());
    }

    ListIdentityPoolsResponse list(ListIdentityPoolsRequest request) {
        int max = request.maxResults();
        if (max < 1 || max > 60) {
            throw invalid("1 validation error detected: Value '" + max + "' at 'maxResults' failed to satisfy "
                    + "constraint: Member must have value " + (max < 1 ? "greater than or equal to 1" : "less than or equal to 60"));
        }
        List<IdentityPool> pools = directory.pools();
        int start = 0;
        if (request.nextToken() != null) {
            List<String> ids = pools.stream().map(IdentityPool::identityPoolId).toList();
            start = ids.indexOf(request.nextToken()) + 1;
            if (start == 0) {
                throw invalid("Invalid pagination token.");
            }
        }
        List<IdentityPool> page = pools.subList(start, Math.min(pools.size(), start + max));
        String next = start + max < pools.size() ? page.get(page.size() - 1).identityPoolId() : null;
        return new ListIdentityPoolsResponse(page.stream()
                .map(pool -> new IdentityPoolShortDescription(pool.identityPoolId(), pool.identityPoolName()))
                .toList(), next);
    }

    Record setRoles(IdentityPoolRoles request) {
        for (Map.Entry<String, String> role : request.roles().entrySet()) {
            if (!ROLE_KINDS.contains(role.getKey())) {
                throw invalid("Invalid role type '" + role.getKey() + "': use authenticated or unauthenticated.");
            }
            if (!ROLE_ARN.matcher(role.getValue()).matches()) {
                throw invalid("Invalid role ARN for " + role.getKey() + ": expected arn:aws:iam::<account>:role/<name>.");
            }
        }
        directory.setRoles(request.identityPoolId(), request.roles());
        return new EmptyResponse();
    }

    IdentityPoolRoles roles(IdentityPoolIdRequest request) {
        return new IdentityPoolRoles(request.identityPoolId(), directory.roles(request.identityPoolId()), null);
    }

    private static PoolException invalid(String message) {
        return new PoolException(PoolError.INVALID_PARAMETER, message);
    }
}
