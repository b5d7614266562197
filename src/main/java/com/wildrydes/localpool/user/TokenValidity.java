package com.wildrydes.localpool.user;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How long a token lives, kept as the client configured it (value + unit) so Describe returns it as given.
 *
 * @param value the amount
 * @param unit  seconds, minutes, hours or days (Cognito's TimeUnitsType)
 */
public record TokenValidity(long value, String unit) {

    public Duration duration() {
        return Duration.of(value, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT)));
    }
}
