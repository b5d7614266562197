package com.wildrydes.localpool.user;

import java.sql.SQLException;

/**
 * One change to the store, as a transaction records it: written as rows first ({@link #writeTo}), then applied
 * to the in-memory state once the rows are committed ({@link #applyTo}). Every change carries the full new value
 * (or a delete), never a delta.
 */
sealed interface StoreChange {

    void applyTo(StoreState state);

    void writeTo(StoreRows rows) throws SQLException;

    record PoolSaved(UserPool pool) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putPool(pool);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(pool);
        }
    }

    record ClientSaved(AppClient client) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putClient(client);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(client);
        }
    }

    record UserSaved(StoredUser user) implements StoreChange {
        public void applyTo(StoreState state) {
            // nothing held: the user's rows are read from the database when next needed
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(user);
        }
    }

    record UserDeleted(String poolId, String username) implements StoreChange {
        public void applyTo(StoreState state) {
            state.deleteUser(poolId, username);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.deleteUser(poolId, username);
        }
    }

    record CodeSaved(ConfirmationCode code) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putCode(code);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(code);
        }
    }

    record CodeDeleted(String poolId, String username, CodePurpose purpose) implements StoreChange {
        public void applyTo(StoreState state) {
            state.deleteCode(poolId, username, purpose);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.deleteCode(poolId, username, purpose);
        }
    }

    record GroupSaved(PoolGroup group) implements StoreChange {
        public void applyTo(StoreState state) {
            state.groups().put(group);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(group);
        }
    }

    record MemberAdded(String poolId, String groupName, String username) implements StoreChange {
        public void applyTo(StoreState state) {
            state.groups().addMember(poolId, groupName, username);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.addMember(poolId, groupName, username);
        }
    }

    record MemberRemoved(String poolId, String groupName, String username) implements StoreChange {
        public void applyTo(StoreState state) {
            state.groups().removeMember(poolId, groupName, username);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.removeMember(poolId, groupName, username);
        }
    }

    record GrantSaved(RefreshGrant grant) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putGrant(grant);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(grant);
        }
    }

    record SoftwareTokenSaved(SoftwareToken token) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putSoftwareToken(token);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(token);
        }
    }

    record WebAuthnCredentialSaved(WebAuthnCredential credential) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putWebAuthnCredential(credential);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(credential);
        }
    }

    record WebAuthnCredentialDeleted(String poolId, String username, String credentialId) implements StoreChange {
        public void applyTo(StoreState state) {
            state.deleteWebAuthnCredential(poolId, username, credentialId);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.deleteWebAuthnCredential(poolId, username, credentialId);
        }
    }

    record WebAuthnConfigSaved(PoolWebAuthnConfig config) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putWebAuthnConfig(config);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(config);
        }
    }

    record SignInPolicySaved(PoolSignInPolicy policy) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putSignInPolicy(policy);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(policy);
        }
    }

    record MfaConfigSaved(PoolMfaConfig config) implements StoreChange {
        public void applyTo(StoreState state) {
            state.putMfaConfig(config);
        }

        public void writeTo(StoreRows rows) throws SQLException {
            rows.save(config);
        }
    }
}
