package com.wildrydes.ride;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdTokenClaimTests {

    @Test
    void timeClaimsAlsoReadAsUtcTimesOthersDoNot() {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("exp", "1795770303");
        claims.put("email", "rider@example.com");
        claims.put("iat", "not-a-number");

        assertThat(IdTokenClaim.listOf(claims)).extracting(IdTokenClaim::timeText)
                .containsExactly("2026-11-27 09:05:03 UTC", null, null);
    }
}
