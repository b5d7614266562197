package com.wildrydes.srp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The TIMESTAMP of a PASSWORD_VERIFIER answer: {@code EEE MMM d HH:mm:ss 'UTC' uuuu} in US English, in UTC,
 * the day of month not zero-padded ({@code Tue Dec 1 09:05:03 UTC 2026}), as AWS's clients write it.
 * Cognito refuses a zero-padded day or a weekday that does not match the date, so only the canonical
 * spelling is accepted: a parsed value must format back to exactly the text received.
 */
public final class SrpTimestamp {

    // uuuu (proleptic year), not yyyy (year of era): it resolves without an era, whatever the resolver style
    private static final DateTimeFormatter FORMAT = DateTimeFormatter
            .ofPattern("EEE MMM d HH:mm:ss 'UTC' uuuu", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LENGTH = 40;

    private SrpTimestamp() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The instant of a TIMESTAMP in Cognito's one spelling; empty for anything else, null included. */
    public static Optional<Instant> parse(String text) {
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
}
