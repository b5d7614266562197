package com.wildrydes.localpool.token;

import java.time.Instant;
import java.util.List;

/** Test data: a rider and variations of them. */
final class TokenSubjects {

    static final String ISSUER = "http://127.0.0.1:9229/ap-northeast-2_AbC123xYz";
    static final String CLIENT_ID = "7d4k1o2ab3cd4ef5gh6ij7kl8m";

    private TokenSubjects() {
    }

    static TokenSubject aRider() {
        return new TokenSubject("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
                "rider@example.com", true, CLIENT_ID, List.of(), Instant.parse("2026-12-01T08:59:00Z"), null);
    }

    static TokenSubject inGroups(TokenSubject subject, String... groups) {
        return new TokenSubject(subject.sub(), subject.username(), subject.email(), subject.emailVerified(),
                subject.clientId(), List.of(groups), subject.authTime(), subject.originJti());
    }

    static TokenSubject refreshedFrom(TokenSubject subject, String originJti) {
        return new TokenSubject(subject.sub(), subject.username(), subject.email(), subject.emailVerified(),
                subject.clientId(), subject.groups(), subject.authTime(), originJti);
    }
}
