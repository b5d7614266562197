package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.StoredUser;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a>.
 * Answers "Access Token has been revoked" after GlobalSignOut or RevokeToken. Deviation: no MFA settings.
 */
final class GetUserAction implements CognitoAction<GetUserAction.Request> {

    public record Request(@Required String accessToken) {
        @Override
        public String toString() {
            return "GetUserRequest[****]";
        }
    }

    public record Response(String username, List<AttributeType> userAttributes) {
    }

    private final AccessTokens accessTokens;

    GetUserAction(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public String operation() {
        return "GetUser";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        StoredUser user = accessTokens.authenticate(request.accessToken()).user();
        return new Response(user.username(), AttributeType.listOf(user.sub(), user.attributes()));
    }
}
