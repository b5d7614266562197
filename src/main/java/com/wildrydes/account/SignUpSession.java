package com.wildrydes.account;

import java.io.Serializable;
import java.util.Locale;

/**
 * SignUp's Session, kept in the HTTP session under {@link #SESSION_ATTRIBUTE} (never in a page) with the email it
 * belongs to, so that verifying that email can sign the new rider in (ConfirmSignUp, then InitiateAuth USER_AUTH).
 *
 * @param email   the email that signed up
 * @param session Cognito's Session: secret, never printed
 */
record SignUpSession(String email, String session) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignUpSession.class.getName();

    boolean belongsTo(String typedEmail) {
        return typedEmail != null && email.toLowerCase(Locale.ROOT).equals(typedEmail.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "SignUpSession[email=" + email + "]";
    }
}
