package com.wildrydes.localpool.action.rules;

import java.util.Set;

/** The attribute names Cognito defines for every pool (OpenID Connect's standard claims). */
public final class StandardAttributes {

    private static final Set<String> NAMES = Set.of("address", "birthdate", "email", "email_verified", "family_name",
            "gender", "given_name", "locale", "middle_name", "name", "nickname", "phone_number",
            "phone_number_verified", "picture", "preferred_username", "profile", "sub", "updated_at", "website",
            "zoneinfo");

    private StandardAttributes() {
    }

    public static boolean isStandard(String name) {
        return NAMES.contains(name);
    }
}
