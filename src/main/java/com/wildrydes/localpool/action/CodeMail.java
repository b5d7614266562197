package com.wildrydes.localpool.action;

import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.outbox.OutboxMessage;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** "Sends" a code by email, i.e. puts the message in the outbox. The code goes nowhere else, least of all a log. */
final class CodeMail {

    static final String DEFAULT_SUBJECT = "Your verification code";
    static final String DEFAULT_MESSAGE = "Your verification code is {####}.";

    private CodeMail() {
    }

    static CodeDeliveryDetailsType send(Outbox outbox, Clock clock, UserPool pool, StoredUser user, String digits) {
        String subject = pool.verificationSubject() == null ? DEFAULT_SUBJECT : pool.verificationSubject();
        String template = pool.verificationMessage() == null ? DEFAULT_MESSAGE : pool.verificationMessage();
        outbox.send(new OutboxMessage(user.email(), subject, template.replace("{####}", digits),
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return CodeDeliveryDetailsType.email(user.email());
    }
}
