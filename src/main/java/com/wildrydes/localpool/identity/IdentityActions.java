package com.wildrydes.localpool.identity;

import com.wildrydes.localpool.action.CognitoAction;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.user.UserStore;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPool;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPoolIdRequest;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPoolRoles;
import com.wildrydes.localpool.wire.IdentityPoolShapes.ListIdentityPoolsRequest;
import com.wildrydes.localpool.wire.IdentityShapes.GetIdRequest;
import com.wildrydes.localpool.wire.IdentityShapes.IdentityRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every Amazon Cognito Identity operation the local pool implements (target prefix
 * {@code AWSCognitoIdentityService.}), over one {@link IdentityDirectory} in the local pool's store: the one place they are named.
 */
public final class IdentityActions {

    private IdentityActions() {
    }

    /**
     * @param region      the region of new identity pool and identity ids
     * @param issuerBase  {@code http://127.0.0.1:<port>}: the user pools' token issuers are this plus {@code /<poolId>}
     * @param store       where identity pools and identities are kept
     * @param credentials where issued credentials are kept, for STS to recognise them
     */
    public static Map<String, CognitoAction<?>> all(String region, String issuerBase, Clock clock, SigningKeys keys,
            UserStore store, IssuedCredentials credentials) {
        IdentityDirectory directory = new IdentityDirectory(region, store);
        var pools = new IdentityPoolActions(directory);
        var riders = new IdentityCredentialActions(directory, new LoginCheck(keys, clock, issuerBase), credentials,
                new OpenIdTokens(keys, clock));
        List<CognitoAction<?>> actions = List.of(
                on("CreateIdentityPool", IdentityPool.class, pools::create),
                on("UpdateIdentityPool", IdentityPool.class, pools::update),
                on("DescribeIdentityPool", IdentityPoolIdRequest.class, pools::describe),
                on("ListIdentityPools", ListIdentityPoolsRequest.class, pools::list),
                on("SetIdentityPoolRoles", IdentityPoolRoles.class, pools::setRoles),
                on("GetIdentityPoolRoles", IdentityPoolIdRequest.class, pools::roles),
                on("GetId", GetIdRequest.class, riders::getId),
                on("GetCredentialsForIdentity", IdentityRequest.class, riders::credentialsFor),
                on("GetOpenIdToken", IdentityRequest.class, riders::openIdToken));
        return actions.stream().collect(Collectors.toUnmodifiableMap(CognitoAction::operation, action -> action));
    }

    private static <Q extends Record> CognitoAction<Q> on(String operation, Class<Q> requestType,
            Function<Q, ? extends Record> handler) {
        return new CognitoAction<>(operation, requestType, handler);
    }
}
