package com.wildrydes.localpool.wire;

import java.time.Instant;
import java.util.List;

/** Cognito's UserType: a user as ListUsers and AdminCreateUser return it. */
public record UserType(String username, List<AttributeType> attributes, Instant userCreateDate,
        Instant userLastModifiedDate, Boolean enabled, String userStatus) {
}
