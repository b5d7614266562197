package com.wildrydes.localpool.wire;

import java.util.List;

/** The requests and answers of the group calls (any SigV4 signature is accepted for them). */
public final class GroupShapes {

    private GroupShapes() {
    }

    public record CreateGroupRequest(@Required String groupName, @Required String userPoolId, String description,
            String roleArn, Integer precedence) {
    }

    public record CreateGroupResponse(GroupType group) {
    }

    /** AdminAddUserToGroup's and AdminRemoveUserFromGroup's request. */
    public record GroupMembershipRequest(@Required String userPoolId, @Required String username,
            @Required String groupName) {
    }

    public record AdminListGroupsForUserRequest(@Required String username, @Required String userPoolId, Integer limit,
            String nextToken) {
    }

    public record AdminListGroupsForUserResponse(List<GroupType> groups, String nextToken) {
    }
}
