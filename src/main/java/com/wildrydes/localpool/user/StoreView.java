package com.wildrydes.localpool.user;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Read access to the store. Usernames, emails and group names are matched case-insensitively. */
public interface StoreView {

    Optional<UserPool> pool(String poolId);

    /** All pools, oldest first. */
    List<UserPool> pools();

    /** A client by id (client ids are unique across pools). */
    Optional<AppClient> client(String clientId);

    /** The pool's clients, oldest first. */
    List<AppClient> clients(String poolId);

    /** A user by stored username. */
    Optional<StoredUser> user(String poolId, String username);

    /** A user by email address. */
    Optional<StoredUser> userByEmail(String poolId, String email);

    /**
     * Up to {@code limit} users matching {@code filter}, in username order, starting after {@code afterUsername}
     * (null from the start).
     */
    List<StoredUser> users(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter);

    int userCount(String poolId);

    Optional<ConfirmationCode> code(String poolId, String username, CodePurpose purpose);

    Optional<PoolGroup> group(String poolId, String groupName);

    /** The groups the user is in, by name. */
    List<PoolGroup> groupsOf(String poolId, String username);

    Optional<RefreshGrant> grant(String tokenHash);

    /** The refresh grant of the sign-in an access or ID token came from. */
    Optional<RefreshGrant> grantByOriginJti(String originJti);

    /** The user's authenticator app; {@link SoftwareToken#none} when they never set one up. */
    SoftwareToken softwareToken(String poolId, String username);

    /** The pool's MFA settings; {@link PoolMfaConfig#off} when never set. */
    PoolMfaConfig mfaConfig(String poolId);

    /** The user's passkeys, oldest first. */
    List<WebAuthnCredential> webAuthnCredentials(String poolId, String username);

    /** The pool's WebAuthnConfiguration; {@link PoolWebAuthnConfig#unset} when never set. */
    PoolWebAuthnConfig webAuthnConfig(String poolId);

    /** The pool's SignInPolicy; empty when never set (Cognito's default then). */
    Optional<PoolSignInPolicy> signInPolicy(String poolId);
}
