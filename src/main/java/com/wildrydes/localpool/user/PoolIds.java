package com.wildrydes.localpool.user;

import java.security.SecureRandom;
import java.util.UUID;

/** Identifiers shaped like Cognito's. */
public final class PoolIds {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random;

    public PoolIds(SecureRandom random) {
        this.random = random;
    }

    /** e.g. {@code ap-northeast-2_AbC123xYz}. */
    public String poolId(String region) {
        return region + "_" + pick(ALPHANUMERIC, 9);
    }

    /** 26 lowercase alphanumerics. */
    public String clientId() {
        return pick(LOWER_ALPHANUMERIC, 26);
    }

    /** 52 lowercase alphanumerics, about 268 bits. */
    public String clientSecret() {
        return pick(LOWER_ALPHANUMERIC, 52);
    }

    /** A user's sub. */
    public String sub() {
        return UUID.randomUUID().toString();
    }

    private String pick(String alphabet, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
