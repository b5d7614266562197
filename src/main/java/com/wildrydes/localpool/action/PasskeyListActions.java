package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.WebAuthnCredential;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.WebAuthnShapes.DeleteWebAuthnCredentialRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.ListWebAuthnCredentialsRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.ListWebAuthnCredentialsResponse;
import com.wildrydes.localpool.wire.WebAuthnShapes.WebAuthnCredentialDescription;
import java.util.List;

/**
 * A signed-in user's passkeys:
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListWebAuthnCredentials.html">ListWebAuthnCredentials</a>
 * (oldest first, MaxResults 0 to 20, NextToken to go on) and
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteWebAuthnCredential.html">DeleteWebAuthnCredential</a>
 * (ResourceNotFoundException for an id the user does not hold). Neither needs WEB_AUTHN to be allowed, so passkeys
 * stay visible and removable after a pool turns them off. Deviations: NextToken is the next credential's id; an
 * absent or 0 MaxResults lists up to 20.
 */
final class PasskeyListActions {

    private static final int MAX_RESULTS = 20;

    private final PoolServices services;
    private final AccessTokens accessTokens;

    PasskeyListActions(PoolServices services, AccessTokens accessTokens) {
        this.services = services;
        this.accessTokens = accessTokens;
    }

    ListWebAuthnCredentialsResponse list(ListWebAuthnCredentialsRequest request) {
        int limit = request.maxResults() == null || request.maxResults() == 0 ? MAX_RESULTS : request.maxResults();
        if (limit < 0 || limit > MAX_RESULTS) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "1 validation error detected: Value '" + limit
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal"
                    + " to 20");
        }
        List<WebAuthnCredential> held = held(accessTokens.authenticate(request.accessToken()).user());
        int from = 0;
        if (request.nextToken() != null) {
            from = indexOf(held, request.nextToken());
            if (from < 0) {
                throw new PoolException(PoolError.INVALID_PARAMETER, "Invalid NextToken.");
            }
        }
        int to = Math.min(held.size(), from + limit);
        List<WebAuthnCredentialDescription> page = held.subList(from, to).stream()
                .map(PasskeyListActions::describe).toList();
        return new ListWebAuthnCredentialsResponse(page, to < held.size() ? held.get(to).credentialId() : null);
    }

    EmptyResponse delete(DeleteWebAuthnCredentialRequest request) {
        StoredUser user = accessTokens.authenticate(request.accessToken()).user();
        services.store().write(tx -> {
            WebAuthnCredential credential = tx.webAuthnCredentials(user.poolId(), user.username()).stream()
                    .filter(held -> held.credentialId().equals(request.credentialId())).findFirst()
                    .orElseThrow(() -> new PoolException(PoolError.RESOURCE_NOT_FOUND,
                            "The passkey credential was not found."));
            tx.delete(credential);
            return null;
        });
        return new EmptyResponse();
    }

    private List<WebAuthnCredential> held(StoredUser user) {
        return services.store().read(view -> view.webAuthnCredentials(user.poolId(), user.username()));
    }

    private static int indexOf(List<WebAuthnCredential> held, String credentialId) {
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i).credentialId().equals(credentialId)) {
                return i;
            }
        }
        return -1;
    }

    private static WebAuthnCredentialDescription describe(WebAuthnCredential credential) {
        return new WebAuthnCredentialDescription(credential.credentialId(), credential.friendlyName(),
                credential.relyingPartyId(), credential.attachment(), credential.transports(),
                credential.createdAt());
    }
}
