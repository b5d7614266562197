package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.PoolGroup;
import java.time.Instant;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html">CreateGroup</a>.
 * The RoleArn is kept and echoed, never used. Any SigV4 signature is accepted.
 */
final class CreateGroupAction implements CognitoAction<CreateGroupAction.Request> {

    public record Request(@Required String groupName, @Required String userPoolId, String description,
            String roleArn, Integer precedence) {
    }

    public record Response(GroupType group) {
    }

    private final PoolServices services;

    CreateGroupAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "CreateGroup";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        Instant now = services.clock().instant();
        PoolGroup group = new PoolGroup(request.userPoolId(), request.groupName(), request.description(),
                request.precedence(), request.roleArn(), now, now);
        services.store().write(tx -> {
            Pools.require(tx, request.userPoolId());
            if (tx.group(request.userPoolId(), request.groupName()).isPresent()) {
                throw new CognitoException(CognitoError.GROUP_EXISTS,
                        "A group with the name " + request.groupName() + " already exists.");
            }
            tx.save(group);
            return group;
        });
        return new Response(GroupType.of(group));
    }
}
