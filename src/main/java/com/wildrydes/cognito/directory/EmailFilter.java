package com.wildrydes.cognito.directory;

/**
 * ListUsers filters on the {@code email} attribute. Cognito reads the value between double quotes, so a
 * backslash or quote typed into a search must be escaped with a backslash to stay part of the value.
 */
public final class EmailFilter {

    private EmailFilter() {
    }

    /** {@code email ^= "<prefix>"}, or null (no filter: every user) for a blank prefix. */
    static String startingWith(String prefix) {
        return prefix == null || prefix.isBlank() ? null : "email ^= " + quoted(prefix.strip());
    }

    /** {@code email = "<email>"}. */
    public static String equalTo(String email) {
        return "email = " + quoted(email.strip());
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
