package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.PoolGroup;
import java.time.Instant;

/** Cognito's GroupType. */
public record GroupType(String groupName, String userPoolId, String description, String roleArn, Integer precedence,
        Instant lastModifiedDate, Instant creationDate) {

    static GroupType of(PoolGroup group) {
        return new GroupType(group.name(), group.poolId(), group.description(), group.roleArn(), group.precedence(),
                group.modifiedAt(), group.createdAt());
    }
}
