package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.token.IssuedTokens;
import com.wildrydes.localpool.token.TokenSubject;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.RefreshGrant;
import com.wildrydes.localpool.user.SignInAttempts;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.AuthShapes.AuthenticationResultType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** The end of every sign-in flow: lockout bookkeeping, status checks, then tokens or the next challenge. */
public final class SignInCompletion {

    public static final String WRONG_PASSWORD = "Incorrect username or password.";

    private final PoolServices services;
    private final ChallengeSessions sessions;
    private final SoftwareTokenSignIn softwareTokens;

    public SignInCompletion(PoolServices services, ChallengeSessions sessions, SoftwareTokenSignIn softwareTokens) {
        this.services = services;
        this.sessions = sessions;
        this.softwareTokens = softwareTokens;
    }

    /** Fails before any password check when the user may not try now. */
    public void checkMayTry(StoredUser user) {
        if (user.signIn().lockedAt(services.clock().instant())) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, "Password attempts exceeded");
        }
        if (!user.enabled()) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, "User is disabled.");
        }
    }

    /** Counts a wrong password (towards the lockout) and returns the error to answer with. */
    public PoolException failed(StoredUser user) {
        Instant now = services.clock().instant();
        services.store().write(tx -> {
            tx.user(user.poolId(), user.username()).ifPresent(current ->
                    tx.save(current.withSignIn(current.signIn().failedAt(now))));
            return null;
        });
        return new PoolException(PoolError.NOT_AUTHORIZED, WRONG_PASSWORD);
    }

    /** The password was proven: answer with tokens, or with the challenge the user's status requires. */
    public AuthResponse succeeded(UserPool pool, AppClient client, StoredUser user) {
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
                return softwareTokens.challengeFor(pool, client, user)
                        .orElseGet(() -> issueTokens(pool, client, user));
            }
        }
    }

    /** The second factor was proven too (an authenticator code, or its setup): tokens. */
    public AuthResponse secondFactorProven(UserPool pool, AppClient client, StoredUser user) {
        return issueTokens(pool, client, user);
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
        return authenticated(tokens(pool, client, user, now, originJti), refreshToken);
    }

    /** ID and access tokens for a user; {@code originJti} ties them to their sign-in (and refresh token). */
    public IssuedTokens tokens(UserPool pool, AppClient client, StoredUser user, Instant authTime, String originJti) {
        var groups = services.store().read(view -> view.groupsOf(pool.id(), user.username())).stream()
                .map(PoolGroup::name).toList();
        TokenSubject subject = new TokenSubject(user.sub(), user.username(), user.email(), user.emailVerified(),
                client.clientId(), groups, authTime, originJti);
        return services.tokens().issue(subject, services.issuer(pool.id()), client.idTokenValidity().duration(),
                client.accessTokenValidity().duration());
    }

    /** The answer carrying a sign-in's tokens; {@code refreshToken} is null when refreshing (no rotation). */
    public static AuthResponse authenticated(IssuedTokens tokens, String refreshToken) {
        return AuthResponse.authenticated(new AuthenticationResultType(tokens.accessToken(),
                tokens.expiresInSeconds(), "Bearer", refreshToken, tokens.idToken()));
    }

    private String newRefreshToken() {
        byte[] bytes = new byte[64];
        services.random().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Refresh tokens are stored only as this hash. */
    public static String hash(String refreshToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(refreshToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
