package com.wildrydes.localpool.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small builders of store records for tests. */
final class StoreExamples {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private StoreExamples() {
    }

    static UserPool pool(String id) {
        return new UserPool(id, "WildRydes", NOW, NOW, List.of("email"), List.of(), List.of("email"),
                PasswordPolicy.COGNITO_DEFAULT, List.of(new PoolAttribute("email", "String", true, true)), false,
                "Your verification code", "Your verification code is {####}.");
    }

    static AppClient client(String poolId, String clientId) {
        TokenValidity hour = new TokenValidity(60, "minutes");
        return new AppClient(poolId, clientId, "WildRydesWebApp", null, List.of("ALLOW_USER_SRP_AUTH"), hour, hour,
                new TokenValidity(30, "days"), NOW, NOW);
    }

    static StoredUser user(String poolId, String username, String email) {
        return new StoredUser(poolId, username, username, Map.of("email", email, "email_verified", "false"),
                new StoredPassword("5a".repeat(16), "c3".repeat(384)), UserStatus.UNCONFIRMED, true, NOW, NOW, null, null);
    }

    /** Every file of {@code dir} by name, with its bytes: to show that a refused start changed nothing. */
    static Map<String, byte[]> filesIn(Path dir) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
