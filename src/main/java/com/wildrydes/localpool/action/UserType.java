package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.StoredUser;
import java.time.Instant;
import java.util.List;

/** Cognito's UserType: a user as ListUsers and AdminCreateUser return it. */
public record UserType(String username, List<AttributeType> attributes, Instant userCreateDate,
        Instant userLastModifiedDate, Boolean enabled, String userStatus) {

    static UserType of(StoredUser user) {
        return new UserType(user.username(), AttributeType.listOf(user.sub(), user.attributes()), user.createdAt(),
                user.modifiedAt(), user.enabled(), user.status().name());
    }
}
