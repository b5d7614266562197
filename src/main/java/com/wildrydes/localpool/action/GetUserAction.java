package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AuthShapes.AccessTokenRequest;
import com.wildrydes.localpool.wire.AuthShapes.GetUserResponse;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a>.
 * Answers NotAuthorizedException "Access Token has been revoked" after GlobalSignOut or RevokeToken, "User is
 * disabled." after AdminDisableUser, and UserNotFoundException "User does not exist." once the user is deleted.
 * Deviation: no MFA settings.
 */
record GetUserAction(AccessTokens accessTokens) {

    GetUserResponse handle(AccessTokenRequest request) {
        StoredUser user = accessTokens.authenticate(request.accessToken()).user();
        return new GetUserResponse(user.username(), UserDescriptions.attributes(user));
    }
}
