package com.wildrydes.localpool.action;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html">AdminDisableUser</a>.
 * A disabled user cannot sign in ("User is disabled.") and their tokens stop working. Any SigV4 signature is
 * accepted.
 */
final class AdminDisableUserAction implements CognitoAction<AdminDisableUserAction.Request> {

    public record Request(@Required String userPoolId, @Required String username) {
    }

    public record Response() {
    }

    private final PoolServices services;

    AdminDisableUserAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminDisableUser";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        AdminUsers.setEnabled(services, request.userPoolId(), request.username(), false);
        return new Response();
    }
}
