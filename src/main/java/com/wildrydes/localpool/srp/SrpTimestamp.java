package com.wildrydes.localpool.srp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The TIMESTAMP of a PASSWORD_VERIFIER answer: {@code EEE MMM d HH:mm:ss z yyyy} in US English, in UTC,
 * the day of month not zero-padded ({@code Tue Dec 1 09:05:03 UTC 2026}), as AWS's clients write it.
 * Cognito refuses a zero-padded day or a weekday that does not match the date, so only the canonical
 * spelling is accepted: a parsed value must format back to exactly the text received.
 */
final class SrpTimestamp {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter
            .ofPattern("EEE MMM d HH:mm:ss 'UTC' uuuu", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LENGTH = 40;

    private SrpTimestamp() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            Instant instant = FORMAT.parse(text, Instant::from);
            return FORMAT.format(instant).equals(text) ? Optional.of(instant) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
