package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.outbox.OutboxMessage;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.CodeDeliveryDetailsType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The EMAIL_OTP first factor of USER_AUTH: an 8-digit code emailed (to the outbox) and kept with its challenge
 * session, so it lives as long as the session. Sends count against the user's {@link CodeLimits} like other codes,
 * and so do wrong codes; a wrong code keeps the session for another try. For a decoy (an unknown name on a client
 * that hides user existence) nothing is sent and no code will match, counted the same way.
 */
public final class EmailOtpChallenge {

    public static final String SUBJECT = "Your sign-in code";
    static final int DIGITS = 8;

    private final PoolServices services;
    private final ChallengeSessions sessions;
    private final CodeLimits limits;
    private final SignInCompletion completion;

    public EmailOtpChallenge(PoolServices services, ChallengeSessions sessions, CodeLimits limits,
            SignInCompletion completion) {
        this.services = services;
        this.sessions = sessions;
        this.limits = limits;
        this.completion = completion;
    }

    /** Emails a code to {@code user} (null: a decoy for {@code typedUsername}) and answers the EMAIL_OTP challenge. */
    public AuthResponse start(UserPool pool, AppClient client, StoredUser user, String typedUsername) {
        String username = user == null ? typedUsername : user.username();
        limits.countSend(pool.id(), username);
        String code = user == null ? null : newCode();
        String session = sessions.open(pool.id(), client.clientId(), username, ChallengeSessions.Purpose.EMAIL_OTP,
                code);
        String destination = user == null ? typedUsername : user.email();
        if (user != null) {
            services.outbox().send(new OutboxMessage(user.email(), SUBJECT, "Your sign-in code is " + code + ".",
                    services.clock().instant().truncatedTo(ChronoUnit.SECONDS)));
        }
        CodeDeliveryDetailsType delivery = CodeDeliveryDetailsType.email(destination);
        return AuthResponse.challenge("EMAIL_OTP", session, Map.of("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL",
                "CODE_DELIVERY_DESTINATION", delivery.destination(), "USERNAME", username));
    }

    /**
     * Checks EMAIL_OTP_CODE against the session's code. {@code who} resolves the session's username to the user,
     * null for a decoy. A matching code uses the session up and signs the user in.
     */
    public AuthResponse answer(String clientId, String session, String candidate, Participants who) {
        ChallengeSessions.Pending pending = sessions.find(session)
                .filter(p -> p.answers(clientId, ChallengeSessions.Purpose.EMAIL_OTP))
                .orElseThrow(ChallengeSessions::expired);
        limits.checkMayGuess(pending.poolId(), pending.username());
        Participants.Found found = who.find(pending);
        if (pending.code() == null || found.user() == null || !matches(pending.code(), candidate)) {
            limits.countWrongCode(pending.poolId(), pending.username());
            throw new PoolException(PoolError.CODE_MISMATCH, "Invalid code provided, please try again.");
        }
        if (sessions.take(session).isEmpty()) { // answered meanwhile by another request
            throw ChallengeSessions.expired();
        }
        completion.checkMayTry(found.user());
        return completion.succeeded(found.pool(), found.client(), found.user());
    }

    /** Finds the pool, client and user a pending session names. */
    public interface Participants {
        record Found(UserPool pool, AppClient client, StoredUser user) {
        }

        Found find(ChallengeSessions.Pending pending);
    }

    private String newCode() {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append(services.random().nextInt(10));
        }
        return digits.toString();
    }

    /** In constant time, so the answer's timing does not tell how many leading digits were right. */
    private static boolean matches(String code, String candidate) {
        return candidate != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
