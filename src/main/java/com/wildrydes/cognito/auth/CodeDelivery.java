package com.wildrydes.cognito.auth;

/**
 * Where Cognito sent a code: {@code CodeDeliveryDetails.Destination} (masked, e.g. {@code a***@e***}) and medium.
 * After SignUp, {@code signUpSession} is SignUp's Session when the app client allows USER_AUTH (else null): carried
 * server-side to ConfirmSignUp, it lets the new rider be signed in without typing the password again.
 */
public record CodeDelivery(String destination, String medium, String signUpSession) {

    public CodeDelivery(String destination, String medium) {
        this(destination, medium, null);
    }

    @Override
    public String toString() {
        return "CodeDelivery[destination=" + destination + ", medium=" + medium + ", signUpSession="
                + (signUpSession == null ? "none" : "****") + "]";
    }
}
