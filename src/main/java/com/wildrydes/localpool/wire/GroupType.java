package com.wildrydes.localpool.wire;

import java.time.Instant;

/** Cognito's GroupType. */
public record GroupType(String groupName, String userPoolId, String description, String roleArn, Integer precedence,
        Instant lastModifiedDate, Instant creationDate) {
}
