package com.wildrydes.localpool.wire;

import java.time.Instant;
import java.util.List;

/** The requests and answers of the administrators' user calls (any SigV4 signature is accepted for them). */
public final class AdminUserShapes {

    private AdminUserShapes() {
    }

    /** The request of AdminGetUser, AdminConfirmSignUp, AdminDeleteUser, AdminDisableUser, AdminEnableUser. */
    public record AdminUserRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            @Required @Length(min = 1, max = 128) String username) {
    }

    public record AdminGetUserResponse(String username, List<AttributeType> userAttributes, Instant userCreateDate,
            Instant userLastModifiedDate, Boolean enabled, String userStatus, List<String> userMFASettingList,
            String preferredMfaSetting) {
    }

    public record AdminCreateUserRequest(@Required @Length(min = 1, max = 55) String userPoolId,
            @Required @Length(min = 1, max = 128) String username, List<AttributeType> userAttributes,
            @Length(max = 256) String temporaryPassword, String messageAction) {
        @Override
        public String toString() {
            return "AdminCreateUserRequest[userPoolId=" + userPoolId + ", username=" + username + "]";
        }
    }

    public record AdminCreateUserResponse(UserType user) {
    }

    public record ListUsersRequest(@Required @Length(min = 1, max = 55) String userPoolId, Integer limit,
            String paginationToken, @Length(max = 256) String filter) {
    }

    public record ListUsersResponse(List<UserType> users, String paginationToken) {
    }
}
