package com.wildrydes.cognito.error;

/**
 * The rules of Cognito's default password policy, each with the phrase Cognito uses in
 * "Password did not conform with policy: ..." and a message key for the site.
 */
public enum PasswordRule {
    MIN_LENGTH("Password not long enough", "password.rule.length"),
    UPPERCASE("Password must have uppercase characters", "password.rule.uppercase"),
    LOWERCASE("Password must have lowercase characters", "password.rule.lowercase"),
    NUMBER("Password must have numeric characters", "password.rule.number"),
    SYMBOL("Password must have symbol characters", "password.rule.symbol");

    private final String cognitoPhrase;
    private final String messageKey;

    PasswordRule(String cognitoPhrase, String messageKey) {
        this.cognitoPhrase = cognitoPhrase;
        this.messageKey = messageKey;
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
