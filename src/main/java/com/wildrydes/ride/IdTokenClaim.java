package com.wildrydes.ride;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the ride page's claims table. The time claims also read as a UTC instant, since
 * "1795770303" says little to a person.
 */
public record IdTokenClaim(String name, String value, Instant time) {

    private static final Set<String> TIME_CLAIMS = Set.of("exp", "iat", "auth_time", "nbf");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static List<IdTokenClaim> listOf(Map<String, String> claims) {
        return claims.entrySet().stream().map(claim -> of(claim.getKey(), claim.getValue())).toList();
    }

    static IdTokenClaim of(String name, String value) {
        return new IdTokenClaim(name, value, TIME_CLAIMS.contains(name) ? epochSeconds(value) : null);
    }

    /** The time claim as a person reads it, e.g. "2026-11-27 09:05:03 UTC"; null for other claims. */
    public String timeText() {
        return time == null ? null : UTC.format(time);
    }

    private static Instant epochSeconds(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
