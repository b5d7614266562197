package com.wildrydes.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SrpTimestampTests {

    @Test
    void whenVectorTimestampsThenTheyParseToTheirInstants() {
        assertThat(SrpTimestamp.parse("Fri Nov 27 09:05:03 UTC 2026")).contains(Instant.parse("2026-11-27T09:05:03Z"));
        assertThat(SrpTimestamp.parse("Mon Nov 2 00:00:07 UTC 2026")).contains(Instant.parse("2026-11-02T00:00:07Z"));
        assertThat(SrpTimestamp.parse("Sun Feb 29 23:59:59 UTC 2032")).contains(Instant.parse("2032-02-29T23:59:59Z"));
    }

    @Test
    void whenDayOfMonthHasOneDigitThenItIsWrittenAndReadWithoutZero() {
        Instant firstOfDecember = Instant.parse("2026-12-01T09:05:03Z");

        assertThat(SrpTimestamp.format(firstOfDecember)).isEqualTo("Tue Dec 1 09:05:03 UTC 2026");
        assertThat(SrpTimestamp.parse("Tue Dec 1 09:05:03 UTC 2026")).contains(firstOfDecember);
    }

    @Test
    void whenFormattedThenNamesAreEnglishAndTheTimeIsUtc() {
        Instant nearMidnightInSeoul = Instant.parse("2026-11-01T15:04:05Z");

        assertThat(SrpTimestamp.format(nearMidnightInSeoul)).isEqualTo("Sun Nov 1 15:04:05 UTC 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tue Dec 01 09:05:03 UTC 2026",  // zero-padded day: Cognito refuses it
        "Wed Dec 1 09:05:03 UTC 2026",   // weekday does not match the date
        "tue dec 1 09:05:03 UTC 2026",
        "Tue Dec 1 9:05:03 UTC 2026",
        "Tue Dec 1 09:05:03 GMT 2026",
        "Tue Dec  1 09:05:03 UTC 2026",
        "Tuesday December 1 09:05:03 UTC 2026",
        "2026-12-01T09:05:03Z",
        "",
        "Tue Dec 1 09:05:03 UTC 2026 "})
    void whenTimestampIsNotInCognitosSpellingThenItIsRefused(String timestamp) {
        assertThat(SrpTimestamp.parse(timestamp)).isEmpty();
    }

    @Test
    void whenTimestampIsNullThenItIsRefused() {
        assertThat(SrpTimestamp.parse(null)).isEmpty();
    }
}
