package com.wildrydes.outbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One email the local user pool would have sent, as its {@code /_local/outbox} lists it: the site's own
 * view of it, read by {@link PoolOutboxClient} (the pool's record of it is its own, shared only as JSON).
 *
 * @param destination the recipient's address
 * @param subject     e.g. "Your verification code"
 * @param body        e.g. "Your verification code is 123456."
 * @param sentAt      when the pool "sent" it
 */
public record OutboxEmail(String destination, String subject, String body, Instant sentAt) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{8}|\\d{6})(?!\\d)");

    /** The 6-digit code (8 for a sign-in code) in the body, shown large with a copy button; null when there is none. */
    public String code() {
        if (body == null) {
            return null;
        }
        Matcher code = CODE.matcher(body);
        return code.find() ? code.group() : null;
    }

    /** e.g. "2026-11-27 09:05:03 UTC". */
    public String sentAtText() {
        return sentAt == null ? "" : UTC.format(sentAt);
    }

    @Override
    public String toString() {
        return "OutboxEmail[destination=" + destination + ", subject=" + subject + ", sentAt=" + sentAt + "]";
    }
}
