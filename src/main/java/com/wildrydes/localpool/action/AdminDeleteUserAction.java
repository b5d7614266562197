package com.wildrydes.localpool.action;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDeleteUser.html">AdminDeleteUser</a>.
 * Deletes the user with their codes and group memberships; their tokens stop working. Any SigV4 signature is
 * accepted.
 */
final class AdminDeleteUserAction implements CognitoAction<AdminDeleteUserAction.Request> {

    public record Request(@Required String userPoolId, @Required String username) {
    }

    public record Response() {
    }

    private final PoolServices services;

    AdminDeleteUserAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "AdminDeleteUser";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        services.store().write(tx -> {
            tx.delete(AdminUsers.require(tx, request.userPoolId(), request.username()));
            return null;
        });
        return new Response();
    }
}
