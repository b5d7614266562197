package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.AuthShapes.AuthResponse;
import com.wildrydes.localpool.token.IssuedTokens;
import com.wildrydes.localpool.token.TokenSubject;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.RefreshGrant;
import com.wildrydes.localpool.user.SignInAttempts;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** The end of every sign-in flow: lockout bookkeeping, status checks, then tokens or the next challenge. */
final class SignInCompletion {

    static final String WRONG_PASSWORD = "Incorrect username or password.";

    private final PoolServices services;
    private final ChallengeSessions sessions;

    SignInCompletion(PoolServices services, ChallengeSessions sessions) {
        this.services = services;
        this.sessions = sessions;
    }

    /** Fails before any password check when the user may not try now. */
    void checkMayTry(StoredUser user) {
        if (user.signIn().lockedAt(services.clock().instant())) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, "Password attempts exceeded");
        }
        if (!user.enabled()) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, "User is disabled.");
        }
    }

    /** Counts a wrong password (towards the lockout) and returns the error to answer with. */
    PoolException failed(StoredUser user) {
        Instant now = services.clock().instant();
        services.store().write(tx -> {
            tx.user(user.poolId(), user.username()).ifPresent(current ->
                    tx.save(current.withSignIn(current.signIn().failedAt(now))));
            return null;
        });
        return new PoolException(PoolError.NOT_AUTHORIZED, WRONG_PASSWORD);
    }

    /** The password was proven: answer with tokens, or with the challenge the user's status requires. */
    AuthResponse succeeded(UserPool pool, AppClient client, StoredUser user) {
        switch (user.status()) {
            case UNCONFIRMED -> throw new PoolException(PoolError.USER_NOT_CONFIRMED, "User is not confirmed.");
            case RESET_REQUIRED -> throw new PoolException(PoolError.PASSWORD_RESET_REQUIRED,
                    "Password reset required for the user");
            case FORCE_CHANGE_PASSWORD -> {
                return AuthResponse.challenge("NEW_PASSWORD_REQUIRED",
                        sessions.open(pool.id(), client.clientId(), user.username()),
                        Map.of("USER_ID_FOR_SRP", user.username(), "requiredAttributes", "[]",
                                "userAttributes", "{}"));
            }
            default -> {
                return issueTokens(pool, client, user);
            }
        }
    }

    private AuthResponse issueTokens(UserPool pool, AppClient client, StoredUser user) {
        Instant now = services.clock().instant();
        String originJti = UUID.randomUUID().toString();
        String refreshToken = newRefreshToken();
        RefreshGrant grant = new RefreshGrant(hash(refreshToken), pool.id(), client.clientId(), user.username(),
                originJti, now, now.plus(client.refreshTokenValidity().duration()), false);
        services.store().write(tx -> {
            tx.user(user.poolId(), user.username()).ifPresent(current -> {
                if (!current.signIn().equals(SignInAttempts.NONE)) {
                    tx.save(current.withSignIn(SignInAttempts.NONE));
                }
            });
            tx.save(grant);
            return grant;
        });
        return AuthResponse.tokens(tokens(pool, client, user, now, originJti), refreshToken);
    }

    /** ID and access tokens for a user; {@code originJti} ties them to their sign-in (and refresh token). */
    IssuedTokens tokens(UserPool pool, AppClient client, StoredUser user, Instant authTime, String originJti) {
        var groups = services.store().read(view -> view.groupsOf(pool.id(), user.username())).stream()
                .map(PoolGroup::name).toList();
        TokenSubject subject = new TokenSubject(user.sub(), user.username(), user.email(), user.emailVerified(),
                client.clientId(), groups, authTime, originJti);
        return services.tokens().issue(subject, services.issuer(pool.id()), client.idTokenValidity().duration(),
                client.accessTokenValidity().duration());
    }

    private String newRefreshToken() {
        byte[] bytes = new byte[64];
        services.random().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Refresh tokens are stored only as this hash. */
    static String hash(String refreshToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
