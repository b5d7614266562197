package com.wildrydes.srp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cognito SRP reference vectors (test resource srp/cognito-srp-vectors.json): the client side computed by
 * AWS's own JavaScript client, the server side independently. The site's and the pool's tests both read them.
 */
public final class SrpVectors {

    /** One USER_SRP_AUTH exchange; big numbers are lowercase hex without padding. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SrpCase(String name, String userPoolId, String poolName, String username, String password,
            String smallA, String srpA, String salt, String verifier, String smallB, String srpB, String u, String x,
            @JsonProperty("S") String sharedSecret, String hkdf, String secretBlock, String timestamp,
            String passwordClaimSignature) {

        public byte[] secretBlockBytes() {
            return Base64.getDecoder().decode(secretBlock);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One SECRET_HASH computed by AWS's reference code. */
    public record SecretHashCase(String clientId, String clientSecret, String username, String secretHash) {
        @Override
        public String toString() {
            return username;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record VectorFile(List<SrpCase> srp, List<SecretHashCase> secretHash) {
    }

    private static final VectorFile FILE = load();

    private SrpVectors() {
    }

    public static List<SrpCase> srpCases() {
        return FILE.srp();
    }

    public static SrpCase srpCase(String name) {
        return srpCases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    public static List<SecretHashCase> secretHashCases() {
        return FILE.secretHash();
    }

    private static VectorFile load() {
        try (InputStream in = SrpVectors.class.getResourceAsStream("/srp/cognito-srp-vectors.json")) {
            return JsonMapper.builder().build().readValue(in, VectorFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
