package com.wildrydes.localpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SrpTimestampTests {

    @Test
    void whenVectorTimestampsThenTheyParseToTheirInstants() {
        assertThat(SrpServer.parseTimestamp("Fri Nov 27 09:05:03 UTC 2026"))
                .contains(Instant.parse("2026-11-27T09:05:03Z"));
        assertThat(SrpServer.parseTimestamp("Mon Nov 2 00:00:07 UTC 2026"))
                .contains(Instant.parse("2026-11-02T00:00:07Z"));
        assertThat(SrpServer.parseTimestamp("Sun Feb 29 23:59:59 UTC 2032"))
                .contains(Instant.parse("2032-02-29T23:59:59Z"));
    }

    @Test
    void whenDayOfMonthHasOneDigitThenItIsWrittenAndReadWithoutZero() {
        Instant firstOfDecember = Instant.parse("2026-12-01T09:05:03Z");

        assertThat(SrpServer.formatTimestamp(firstOfDecember)).isEqualTo("Tue Dec 1 09:05:03 UTC 2026");
        assertThat(SrpServer.parseTimestamp("Tue Dec 1 09:05:03 UTC 2026")).contains(firstOfDecember);
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
        assertThat(SrpServer.parseTimestamp(timestamp)).isEmpty();
    }

    @Test
    void whenTimestampIsNullThenItIsRefused() {
        assertThat(SrpServer.parseTimestamp(null)).isEmpty();
    }

    @Test
    void whenTimestampIsWithinFiveMinutesOfTheClockThenItIsAcceptable() {
        Instant now = Instant.parse("2026-12-01T09:05:03Z");
        SrpServer server = new SrpServer(null, new MutableClock(now));

        assertThat(server.timestampAcceptable(SrpServer.formatTimestamp(now))).isTrue();
        assertThat(server.timestampAcceptable(SrpServer.formatTimestamp(now.minus(Duration.ofMinutes(5))))).isTrue();
        assertThat(server.timestampAcceptable(SrpServer.formatTimestamp(now.plus(Duration.ofMinutes(5))))).isTrue();
    }

    @Test
    void whenTimestampIsFurtherThanFiveMinutesOrMalformedThenItIsNotAcceptable() {
        Instant now = Instant.parse("2026-12-01T09:05:03Z");
        SrpServer server = new SrpServer(null, new MutableClock(now));
        Duration tooFar = Duration.ofMinutes(5).plusSeconds(1);

        assertThat(server.timestampAcceptable(SrpServer.formatTimestamp(now.minus(tooFar)))).isFalse();
        assertThat(server.timestampAcceptable(SrpServer.formatTimestamp(now.plus(tooFar)))).isFalse();
        assertThat(server.timestampAcceptable("Tue Dec 01 09:05:03 UTC 2026")).isFalse();
        assertThat(server.timestampAcceptable(null)).isFalse();
    }
}
