package com.wildrydes.cognito;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reference vectors AWS's own JavaScript client computed (test resource cognito/cognito-srp-vectors.json). */
public final class SrpVectors {

    /** One USER_SRP_AUTH exchange; big numbers are lowercase hex. */
    public record SrpCase(String name, String userPoolId, String poolName, String username, String password,
            String smallA, String srpA, String salt, String srpB, String u, String x, String S, String hkdf,
            String secretBlock, String timestamp, String passwordClaimSignature) {
        @Override
        public String toString() {
            return name;
        }
    }

    public record SecretHashCase(String clientId, String clientSecret, String username, String secretHash) {
        @Override
        public String toString() {
            return username;
        }
    }

    private static final JsonNode ROOT = load();

    private SrpVectors() {
    }

    public static List<SrpCase> srpCases() {
        return ROOT.get("srp").valueStream().map(SrpVectors::srpCase).toList();
    }

    public static SrpCase srpCase(String name) {
        return srpCases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    public static List<SecretHashCase> secretHashCases() {
        return ROOT.get("secretHash").valueStream()
                .map(n -> new SecretHashCase(text(n, "clientId"), text(n, "clientSecret"), text(n, "username"),
                        text(n, "secretHash")))
                .toList();
    }

    private static SrpCase srpCase(JsonNode n) {
        return new SrpCase(text(n, "name"), text(n, "userPoolId"), text(n, "poolName"), text(n, "username"),
                text(n, "password"), text(n, "smallA"), text(n, "srpA"), text(n, "salt"), text(n, "srpB"),
                text(n, "u"), text(n, "x"), text(n, "S"), text(n, "hkdf"), text(n, "secretBlock"),
                text(n, "timestamp"), text(n, "passwordClaimSignature"));
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asString();
    }

    private static JsonNode load() {
        try (InputStream in = SrpVectors.class.getResourceAsStream("/cognito/cognito-srp-vectors.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
