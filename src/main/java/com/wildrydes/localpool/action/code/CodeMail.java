package com.wildrydes.localpool.action.code;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.action.lookup.UserLookup;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.outbox.OutboxMessage;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.ConfirmationCode;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.CodeDeliveryDetailsType;
import com.wildrydes.localpool.wire.SignUpShapes.CodeRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

/** "Sends" a code by email, i.e. puts the message in the outbox. The code goes nowhere else, least of all a log. */
public final class CodeMail {

    public static final String DEFAULT_SUBJECT = "Your verification code";
    public static final String DEFAULT_MESSAGE = "Your verification code is {####}.";

    private CodeMail() {
    }

    /**
     * What ForgotPassword and ResendConfirmationCode do: the checks on the client and the user a public call names,
     * the operation's own {@code condition} on that user (it throws the operation's error), the user's send limit,
     * then a new code of {@code purpose}, which replaces the previous one, emailed. For a name that matches no user,
     * a client that hides user existence gets a simulated delivery (nothing is sent), counted like a real one.
     */
    public static CodeDeliveryDetailsType sendNew(PoolServices services, CodeLimits limits, CodeRequest request,
            CodePurpose purpose, BiConsumer<UserPool, StoredUser> condition) {
        record Sent(UserPool pool, StoredUser user, String digits) {
        }
        Sent sent = services.store().write(tx -> {
            UserLookup.Caller caller = UserLookup.caller(tx, request.clientId(), request.username(),
                    request.secretHash());
            UserPool pool = caller.pool();
            StoredUser user = caller.user();
            if (user == null) {
                limits.countSend(pool.id(), request.username());
                return null;
            }
            condition.accept(pool, user);
            limits.countSend(pool.id(), user.username());
            ConfirmationCode.Issued code = ConfirmationCode.issue(pool.id(), user.username(), purpose,
                    services.clock().instant(), services.random());
            tx.save(code.code());
            return new Sent(pool, user, code.digits());
        });
        if (sent == null) {
            return CodeDeliveryDetailsType.email(request.username());
        }
        return send(services.outbox(), services.clock(), sent.pool(), sent.user(), sent.digits());
    }

    public static CodeDeliveryDetailsType send(Outbox outbox, Clock clock, UserPool pool, StoredUser user,
            String digits) {
        String subject = pool.verificationSubject() == null ? DEFAULT_SUBJECT : pool.verificationSubject();
        String template = pool.verificationMessage() == null ? DEFAULT_MESSAGE : pool.verificationMessage();
        outbox.send(new OutboxMessage(user.email(), subject, template.replace("{####}", digits),
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return CodeDeliveryDetailsType.email(user.email());
    }
}
