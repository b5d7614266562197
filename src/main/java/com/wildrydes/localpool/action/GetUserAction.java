package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AuthShapes.AccessTokenRequest;
import com.wildrydes.localpool.wire.AuthShapes.GetUserResponse;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a>.
 * Answers NotAuthorizedException "Access Token has been revoked" after GlobalSignOut or RevokeToken, "User is
 * disabled." after AdminDisableUser, and UserNotFoundException "User does not exist." once the user is deleted.
 * UserMFASettingList and PreferredMfaSetting name SOFTWARE_TOKEN_MFA when the user's authenticator app is on
 * (and preferred). Deviation: no MFAOptions (SMS).
 */
record GetUserAction(PoolServices services, AccessTokens accessTokens) {

    GetUserResponse handle(AccessTokenRequest request) {
        StoredUser user = accessTokens.authenticate(request.accessToken()).user();
        SoftwareToken token = services.store().read(view -> view.softwareToken(user.poolId(), user.username()));
        return new GetUserResponse(user.username(), UserDescriptions.attributes(user),
                UserDescriptions.mfaSettings(token), UserDescriptions.preferredMfa(token));
    }
}
