package com.wildrydes.localpool.user;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the store's columns hold them: UTC, always nine fraction digits ({@code 2026-11-27T09:00:00.000000000Z}),
 * so they read well in {@code sqlite3}, keep every nanosecond, and sort as text. Parsed by position, because a
 * large pool has a few hundred thousand of them to read at start-up; other ISO-8601 forms still parse.
 */
final class StoreTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LENGTH = 30;

    private StoreTime() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(10) != 'T' || text.charAt(19) != '.'
                || text.charAt(29) != 'Z') {
            return Instant.parse(text);
        }
        LocalDateTime time = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
                digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), digits(text, 20, 29));
        return time.toInstant(ZoneOffset.UTC);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("Not a store time: " + text);
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
