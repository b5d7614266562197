package com.wildrydes.localpool.srp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** One case of the shared Cognito SRP reference vectors (src/test/resources/srp/cognito-srp-vectors.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
record SrpVector(String name, String userPoolId, String poolName, String username, String password,
        String smallA, String srpA, String salt, String verifier, String smallB, String srpB, String u, String x,
        @JsonProperty("S") String sharedSecret, String hkdf, String secretBlock, String timestamp,
        String passwordClaimSignature) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VectorFile(List<SrpVector> srp) {
    }

    static List<SrpVector> all() {
        try (InputStream in = SrpVector.class.getResourceAsStream("/srp/cognito-srp-vectors.json")) {
            return JsonMapper.builder().build().readValue(in, VectorFile.class).srp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PasswordVerifier passwordVerifier() {
        return new PasswordVerifier(salt, verifier);
    }

    SrpChallenge challenge() {
        return new SrpChallenge(new BigInteger(smallB, 16), srpB, salt, srpA);
    }

    byte[] secretBlockBytes() {
        return Base64.getDecoder().decode(secretBlock);
    }

    @Override
    public String toString() {
        return name;
    }
}
