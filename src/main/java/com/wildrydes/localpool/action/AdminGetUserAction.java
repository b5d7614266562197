package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.StoredUser;
import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html">AdminGetUser</a>.
 * Username may be the stored username or, where people sign in with it, the email. Any SigV4 signature is
 * accepted. Deviation: no MFA settings in the answer.
 */
final class AdminGetUserAction implements CognitoAction<AdminGetUserAction.Request> {

    public record Request(@Required String userPoolId, @Required String username) {
    }

    public record Response(String username, List<AttributeType> userAttributes, Instant userCreateDate,
            Instant userLastModifiedDate, Boolean enabled, String userStatus) {
    }

    private final PoolServices services;

    AdminGetUserAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminGetUser";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        StoredUser user = services.store().read(view -> AdminUsers.require(view, request.userPoolId(), request.username()));
        return new Response(user.username(), AttributeType.listOf(user.sub(), user.attributes()), user.createdAt(),
                user.modifiedAt(), user.enabled(), user.status().name());
    }
}
