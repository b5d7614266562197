package com.wildrydes.localpool.user;

import java.util.Locale;

/** Map keys: names compared the way Cognito compares them (case-insensitively), scoped by pool. */
final class Keys {

    private Keys() {
    }

    static String of(String poolId, String name) {
        return poolId + '\u0000' + fold(name);
    }

    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
