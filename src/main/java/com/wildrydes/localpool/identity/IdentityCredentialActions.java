package com.wildrydes.localpool.identity;

import com.wildrydes.localpool.user.StoredIdentity;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPool;
import com.wildrydes.localpool.wire.IdentityShapes.Credentials;
import com.wildrydes.localpool.wire.IdentityShapes.CredentialsResponse;
import com.wildrydes.localpool.wire.IdentityShapes.GetIdRequest;
import com.wildrydes.localpool.wire.IdentityShapes.GetIdResponse;
import com.wildrydes.localpool.wire.IdentityShapes.IdentityRequest;
import com.wildrydes.localpool.wire.IdentityShapes.OpenIdTokenResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/**
 * A rider's own calls, unsigned and authorised by the logins they carry:
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html">GetId</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html">GetCredentialsForIdentity</a>,
 * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetOpenIdToken.html">GetOpenIdToken</a>.
 * Deviations: one login per call; an unauthenticated identity is not linked to a login later (the login is refused);
 * CustomRoleArn is accepted only when it names the role the pool would use anyway; AccountId is ignored; tokens are
 * checked by signature and claims alone (as with ServerSideTokenCheck off), so a signed-out or deleted user's
 * unexpired ID token still works.
 */
final class IdentityCredentialActions {

    private final IdentityDirectory directory;
    private final LoginCheck logins;
    private final IssuedCredentials credentials;
    private final OpenIdTokens openIdTokens;

    IdentityCredentialActions(IdentityDirectory directory, LoginCheck logins, IssuedCredentials credentials,
            OpenIdTokens openIdTokens) {
        this.directory = directory;
        this.logins = logins;
        this.credentials = credentials;
        this.openIdTokens = openIdTokens;
    }

    GetIdResponse getId(GetIdRequest request) {
        IdentityPool pool = directory.require(request.identityPoolId());
        VerifiedLogin login = logins.verify(pool, request.logins());
        if (login != null) {
            return new GetIdResponse(directory.identityOf(pool.identityPoolId(), login).id());
        }
        if (!Boolean.TRUE.equals(pool.allowUnauthenticatedIdentities())) {
            throw refused("Unauthenticated access is not supported for this identity pool.");
        }
        return new GetIdResponse(directory.newUnauthenticated(pool.identityPoolId()).id());
    }

    CredentialsResponse credentialsFor(IdentityRequest request) {
        StoredIdentity identity = authorised(request);
        String role = directory.roles(identity.poolId())
                .get(identity.authenticated() ? "authenticated" : "unauthenticated");
        if (role == null) {
            throw new PoolException(PoolError.INVALID_IDENTITY_POOL_CONFIGURATION,
                    "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
        }
        if (request.customRoleArn() != null && !request.customRoleArn().equals(role)) {
            throw new PoolException(PoolError.INVALID_PARAMETER,
                    "The local pool takes no CustomRoleArn other than the identity pool's own role.");
        }
        IssuedCredentials.Session session = credentials.issue(identity.id(), role);
        return new CredentialsResponse(identity.id(), new Credentials(session.accessKeyId(), session.secretKey(),
                session.sessionToken(), session.expiration()));
    }

    OpenIdTokenResponse openIdToken(IdentityRequest request) {
        StoredIdentity identity = authorised(request);
        return new OpenIdTokenResponse(identity.id(), openIdTokens.issue(identity));
    }

    /**
     * The identity named by the request, when the request may act for it: an authenticated identity needs a valid
     * login of its own user; an unauthenticated one needs none, in a pool that still allows them.
     */
    private StoredIdentity authorised(IdentityRequest request) {
        StoredIdentity identity = directory.identity(request.identityId()).orElseThrow(() -> new PoolException(
                PoolError.RESOURCE_NOT_FOUND, "Identity '" + request.identityId() + "' not found."));
        IdentityPool pool = directory.require(identity.poolId());
        VerifiedLogin login = logins.verify(pool, request.logins());
        if (login == null && identity.authenticated()) {
            throw refused("Access to Identity '" + identity.id() + "' is forbidden.");
        }
        if (login == null && !Boolean.TRUE.equals(pool.allowUnauthenticatedIdentities())) {
            throw refused("Unauthenticated access is not supported for this identity pool.");
        }
        if (login != null && !(login.providerName().equals(identity.providerName())
                && login.sub().equals(identity.sub()))) {
            throw refused("Logins don't match. Please include at least one valid login for this identity or "
                    + "identity pool.");
        }
        return identity;
    }

    private static PoolException refused(String message) {
        return new PoolException(PoolError.NOT_AUTHORIZED, message);
    }
}
