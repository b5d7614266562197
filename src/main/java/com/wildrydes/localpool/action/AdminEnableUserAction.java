package com.wildrydes.localpool.action;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminEnableUser.html">AdminEnableUser</a>.
 * Any SigV4 signature is accepted.
 */
final class AdminEnableUserAction implements CognitoAction<AdminEnableUserAction.Request> {

    public record Request(@Required String userPoolId, @Required String username) {
    }

    public record Response() {
    }

    private final PoolServices services;

    AdminEnableUserAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminEnableUser";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        AdminUsers.setEnabled(services, request.userPoolId(), request.username(), true);
        return new Response();
    }
}
