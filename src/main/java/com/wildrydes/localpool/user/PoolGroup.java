package com.wildrydes.localpool.user;

import java.time.Instant;

/**
 * A group in a pool (Cognito's GroupType).
 *
 * @param poolId      the pool
 * @param name        the group name, e.g. admin
 * @param description free text, may be null
 * @param precedence  lower wins when a user is in several groups; may be null
 * @param roleArn     an IAM role (kept and echoed only), may be null
 * @param createdAt   creation time
 * @param modifiedAt  last change
 */
public record PoolGroup(String poolId, String name, String description, Integer precedence, String roleArn,
        Instant createdAt, Instant modifiedAt) {
}
