package com.wildrydes.localpool.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The changes one operation makes, committed together (one SQLite transaction) when the operation's work
 * returns. Reads see the store as it was before this transaction: save or delete last, after deciding.
 */
public final class StoreTransaction implements StoreView {

    private final StoreView before;
    private final List<StoreChange> changes = new ArrayList<>();

    StoreTransaction(StoreView before) {
        this.before = before;
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

    List<StoreChange> changes() {
        return List.copyOf(changes);
    }

    @Override
    public Optional<UserPool> pool(String poolId) {
        return before.pool(poolId);
    }

    @Override
    public List<UserPool> pools() {
        return before.pools();
    }

    @Override
    public Optional<AppClient> client(String clientId) {
        return before.client(clientId);
    }

    @Override
    public List<AppClient> clients(String poolId) {
        return before.clients(poolId);
    }

    @Override
    public Optional<StoredUser> user(String poolId, String username) {
        return before.user(poolId, username);
    }

    @Override
    public Optional<StoredUser> userByEmail(String poolId, String email) {
        return before.userByEmail(poolId, email);
    }

    @Override
    public List<StoredUser> users(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter) {
        return before.users(poolId, afterUsername, limit, filter);
    }

    @Override
    public int userCount(String poolId) {
        return before.userCount(poolId);
    }

    @Override
    public Optional<ConfirmationCode> code(String poolId, String username, CodePurpose purpose) {
        return before.code(poolId, username, purpose);
    }

    @Override
    public Optional<PoolGroup> group(String poolId, String groupName) {
        return before.group(poolId, groupName);
    }

    @Override
    public List<PoolGroup> groupsOf(String poolId, String username) {
        return before.groupsOf(poolId, username);
    }

    @Override
    public Optional<RefreshGrant> grant(String tokenHash) {
        return before.grant(tokenHash);
    }

    @Override
    public Optional<RefreshGrant> grantByOriginJti(String originJti) {
        return before.grantByOriginJti(originJti);
    }
}
