package com.wildrydes.localpool.user;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes one operation makes, committed together (one SQLite transaction) when the operation's work
 * returns. Reads see the store as it was before this transaction: save or delete last, after deciding.
 */
public final class StoreTransaction extends StoreReads {

    private final List<StoreChange> changes = new ArrayList<>();

    StoreTransaction(StoreState state) {
        super(state.data);
    }

    public void save(UserPool pool) {
        changes.add(new StoreChange.PoolSaved(pool));
    }

    public void save(AppClient client) {
        changes.add(new StoreChange.ClientSaved(client));
    }

    public void save(StoredUser user) {
        changes.add(new StoreChange.UserSaved(user));
    }

    /** Deletes the user with their codes and group memberships. */
    public void delete(StoredUser user) {
        changes.add(new StoreChange.UserDeleted(user.poolId(), user.username()));
    }

    public void save(ConfirmationCode code) {
        changes.add(new StoreChange.CodeSaved(code));
    }

    public void delete(ConfirmationCode code) {
        changes.add(new StoreChange.CodeDeleted(code.poolId(), code.username(), code.purpose()));
    }

    public void save(PoolGroup group) {
        changes.add(new StoreChange.GroupSaved(group));
    }

    public void addToGroup(StoredUser user, PoolGroup group) {
        changes.add(new StoreChange.MemberAdded(user.poolId(), group.name(), user.username()));
    }

    public void removeFromGroup(StoredUser user, PoolGroup group) {
        changes.add(new StoreChange.MemberRemoved(user.poolId(), group.name(), user.username()));
    }

    public void save(RefreshGrant grant) {
        changes.add(new StoreChange.GrantSaved(grant));
    }

    public void save(SoftwareToken token) {
        changes.add(new StoreChange.SoftwareTokenSaved(token));
    }

    public void save(PoolMfaConfig config) {
        changes.add(new StoreChange.MfaConfigSaved(config));
    }

    public void save(WebAuthnCredential credential) {
        changes.add(new StoreChange.WebAuthnCredentialSaved(credential));
    }

    public void delete(WebAuthnCredential credential) {
        changes.add(new StoreChange.WebAuthnCredentialDeleted(credential.poolId(), credential.username(),
                credential.credentialId()));
    }

    public void save(PoolWebAuthnConfig config) {
        changes.add(new StoreChange.WebAuthnConfigSaved(config));
    }

    public void save(PoolSignInPolicy policy) {
        changes.add(new StoreChange.SignInPolicySaved(policy));
    }

    List<StoreChange> changes() {
        return List.copyOf(changes);
    }
}
