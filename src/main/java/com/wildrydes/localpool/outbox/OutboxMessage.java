package com.wildrydes.localpool.outbox;

import java.time.Instant;

/**
 * An email Cognito would have sent. The body carries the code in clear: that is the point of the outbox,
 * so this record is never logged.
 *
 * @param destination the recipient's address
 * @param subject     e.g. "Your verification code"
 * @param body        e.g. "Your verification code is 123456."
 * @param sentAt      when it was "sent", to the second
 */
public record OutboxMessage(String destination, String subject, String body, Instant sentAt) {

    @Override
    public String toString() {
        return "OutboxMessage[destination=" + destination + ", subject=" + subject + ", sentAt=" + sentAt + "]";
    }
}
