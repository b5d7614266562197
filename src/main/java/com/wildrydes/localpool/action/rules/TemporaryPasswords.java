package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.PasswordPolicy;
import java.security.SecureRandom;

/** Generates a temporary password that satisfies a pool's policy, for AdminCreateUser without one. */
public final class TemporaryPasswords {

    private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789",
            "^$*.[]{}()?!@#%&/,><:;|_~=+-"};

    private TemporaryPasswords() {
    }

    public static String generate(PasswordPolicy policy, SecureRandom random) {
        StringBuilder password = new StringBuilder();
        int length = Math.max(12, policy.minimumLength());
        for (int i = 0; i < length; i++) {
            String characters = CLASSES[i % CLASSES.length];
            password.append(characters.charAt(random.nextInt(characters.length())));
        }
        return password.toString();
    }
}
