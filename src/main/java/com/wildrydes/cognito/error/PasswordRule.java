package com.wildrydes.cognito.error;

import java.util.regex.Pattern;

/**
 * The rules of Cognito's default password policy, in the order Cognito checks them, each with the phrase
 * Cognito uses in "Password did not conform with policy: ...", a message key for the site and what it asks
 * of a password. The site's one list of them: the pages render their rule lists from it and the page script
 * ticks each rule with the pattern the page carries.
 */
public enum PasswordRule {
    MIN_LENGTH("Password not long enough", "password.rule.length", null),
    UPPERCASE("Password must have uppercase characters", "password.rule.uppercase", "[A-Z]"),
    LOWERCASE("Password must have lowercase characters", "password.rule.lowercase", "[a-z]"),
    NUMBER("Password must have numeric characters", "password.rule.number", "[0-9]"),
    /** Cognito's special characters; a space counts too. */
    SYMBOL("Password must have symbol characters", "password.rule.symbol",
            "[\\^$*.\\[\\]{}()?\"!@#%&/\\\\,><':;|_~`=+\\- ]");

    /** Cognito's default minimum length. */
    public static final int MINIMUM_LENGTH = 8;

    private final String cognitoPhrase;
    private final String messageKey;
    private final String pattern;
    private final Pattern compiled;

    PasswordRule(String cognitoPhrase, String messageKey, String pattern) {
        this.cognitoPhrase = cognitoPhrase;
        this.messageKey = messageKey;
        this.pattern = pattern;
        this.compiled = pattern == null ? null : Pattern.compile(pattern);
    }

    /** For {@link #MIN_LENGTH}, the length a password needs (in UTF-16 units, as Java and JavaScript count); else null. */
    public Integer minimumLength() {
        return pattern == null ? MINIMUM_LENGTH : null;
    }

    /**
     * A regular expression the password must contain somewhere, written so that Java and JavaScript read it
     * alike (the page script builds a {@code RegExp} from it); null for {@link #MIN_LENGTH}.
     */
    public String pattern() {
        return pattern;
    }

    public boolean isMetBy(String password) {
        if (password == null) {
            return false;
        }
        return compiled == null ? password.length() >= MINIMUM_LENGTH : compiled.matcher(password).find();
    }

    public String cognitoPhrase() {
        return cognitoPhrase;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The rule a Cognito InvalidPasswordException message names, if any. */
    public static PasswordRule fromCognitoMessage(String message) {
        if (message == null) {
            return null;
        }
        for (PasswordRule rule : values()) {
            if (message.contains(rule.cognitoPhrase)) {
                return rule;
            }
        }
        return null;
    }
}
