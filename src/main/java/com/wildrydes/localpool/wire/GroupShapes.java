package com.wildrydes.localpool.wire;

import java.util.List;

/** The requests and answers of the group calls (any SigV4 signature is accepted for them). */
public final class GroupShapes {

    private GroupShapes() {
    }

    public record CreateGroupRequest(@Required @Length(min = 1, max = 128) String groupName,
            @Required @Length(min = 1, max = 55) String userPoolId, @Length(max = 2048) String description,
            @Length(max = 2048) String roleArn, Integer precedence) {
    }

    public record CreateGroupResponse(GroupType group) {
    }

    /** AdminAddUserToGroup's and AdminRemoveUserFromGroup's request. */
    public record GroupMembershipRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            @Required @Length(min = 1, max = 128) String username,
            @Required @Length(min = 1, max = 128) String groupName) {
    }

    public record AdminListGroupsForUserRequest(@Required @Length(min = 1, max = 128) String username,
            @Required @Length(min = 1, max = 55) String userPoolId, Integer limit,
            @Length(max = 131072) String nextToken) {
    }

    public record AdminListGroupsForUserResponse(List<GroupType> groups, String nextToken) {
    }
}
