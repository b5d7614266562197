package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.shape.UserDescriptions;
import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.wire.GroupShapes.CreateGroupRequest;
import com.wildrydes.localpool.wire.GroupShapes.CreateGroupResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html">CreateGroup</a>.
 * The RoleArn is kept and echoed, never used. Any SigV4 signature is accepted.
 */
final class CreateGroupAction {

    /** GroupNameType in the service model: 1 to 128 letters, marks, symbols, digits or punctuation; no spaces. */
    private static final Pattern GROUP_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");

    private final PoolServices services;

    CreateGroupAction(PoolServices services) {
        this.services = services;
    }

    CreateGroupResponse handle(CreateGroupRequest request) {
        checkShapes(request);
        Instant now = services.clock().instant();
        PoolGroup group = new PoolGroup(request.userPoolId(), request.groupName(), request.description(),
                request.precedence(), request.roleArn(), now, now);
        services.store().write(tx -> {
            Pools.require(tx, request.userPoolId());
            if (tx.group(request.userPoolId(), request.groupName()).isPresent()) {
                throw new PoolException(PoolError.GROUP_EXISTS,
                        "A group with the name " + request.groupName() + " already exists.");
            }
            tx.save(group);
            return group;
        });
        return new CreateGroupResponse(UserDescriptions.describe(group));
    }

    private static void checkShapes(CreateGroupRequest request) {
        List<String> problems = new ArrayList<>();
        if (!GROUP_NAME.matcher(request.groupName()).matches()) {
            problems.add("Value '" + request.groupName() + "' at 'groupName' failed to satisfy constraint: Member must "
                    + "satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }
        if (request.precedence() != null && request.precedence() < 0) {
            problems.add("Value '" + request.precedence() + "' at 'precedence' failed to satisfy constraint: Member "
                    + "must have value greater than or equal to 0");
        }
        if (!problems.isEmpty()) {
            throw PoolException.validation(problems);
        }
    }
}
