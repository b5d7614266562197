package com.wildrydes.localpool.user;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One change to the store. Every change carries the full new value (or a delete), never a delta, so
 * replaying a change twice is harmless: that makes a journal that overlaps the snapshot safe to replay.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "change")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StoreChange.PoolSaved.class, name = "pool"),
        @JsonSubTypes.Type(value = StoreChange.ClientSaved.class, name = "client"),
        @JsonSubTypes.Type(value = StoreChange.UserSaved.class, name = "user"),
        @JsonSubTypes.Type(value = StoreChange.UserDeleted.class, name = "userDeleted"),
        @JsonSubTypes.Type(value = StoreChange.CodeSaved.class, name = "code"),
        @JsonSubTypes.Type(value = StoreChange.CodeDeleted.class, name = "codeDeleted"),
        @JsonSubTypes.Type(value = StoreChange.GroupSaved.class, name = "group"),
        @JsonSubTypes.Type(value = StoreChange.MemberAdded.class, name = "member"),
        @JsonSubTypes.Type(value = StoreChange.MemberRemoved.class, name = "memberRemoved"),
        @JsonSubTypes.Type(value = StoreChange.GrantSaved.class, name = "grant")})
sealed interface StoreChange {

    void applyTo(StoreState state);

    record PoolSaved(UserPool pool) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putPool(pool);
        }
    }

    record ClientSaved(AppClient client) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putClient(client);
        }
    }

    record UserSaved(StoredUser user) implements StoreChange {
        public void applyTo(StoreState state) {
            state.users().put(user);
        }
    }

    record UserDeleted(String poolId, String username) implements StoreChange {
        public void applyTo(StoreState state) {
            state.deleteUser(poolId, username);
        }
    }

    record CodeSaved(ConfirmationCode code) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putCode(code);
        }
    }

    record CodeDeleted(String poolId, String username, CodePurpose purpose) implements StoreChange {
        public void applyTo(StoreState state) {
            state.deleteCode(poolId, username, purpose);
        }
    }

    record GroupSaved(PoolGroup group) implements StoreChange {
        public void applyTo(StoreState state) {
            state.groups().put(group);
        }
    }

    record MemberAdded(String poolId, String groupName, String username) implements StoreChange {
        public void applyTo(StoreState state) {
            state.groups().addMember(poolId, groupName, username);
        }
    }

    record MemberRemoved(String poolId, String groupName, String username) implements StoreChange {
        public void applyTo(StoreState state) {
            state.groups().removeMember(poolId, groupName, username);
        }
    }

    record GrantSaved(RefreshGrant grant) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putGrant(grant);
        }
    }
}
