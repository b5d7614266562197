package com.wildrydes.localpool.wire;

import java.util.List;

/**
 * The requests and answers of the public account calls: sign-up and its confirmation, and the forgotten
 * password. Requests that carry a password or code keep it out of {@code toString}.
 */
public final class SignUpShapes {

    private SignUpShapes() {
    }

    public record SignUpRequest(@Required @Length(min = 1, max = 128) String clientId,
            @Length(min = 1, max = 128) String secretHash, @Required @Length(min = 1, max = 128) String username,
            @Length(max = 256) String password, List<AttributeType> userAttributes) {
        @Override
        public String toString() {
            return "SignUpRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }

    /** {@code session} (for clients that allow USER_AUTH) lets ConfirmSignUp lead to sign-in: kept out of logs. */
    public record SignUpResponse(Boolean userConfirmed, CodeDeliveryDetailsType codeDeliveryDetails, String userSub,
            String session) {
        @Override
        public String toString() {
            return "SignUpResponse[userConfirmed=" + userConfirmed + ", userSub=" + userSub + "]";
        }
    }

    public record ConfirmSignUpRequest(@Required @Length(min = 1, max = 128) String clientId,
            @Length(min = 1, max = 128) String secretHash, @Required @Length(min = 1, max = 128) String username,
            @Required @Length(min = 1, max = 2048) String confirmationCode,
            @Length(min = 20, max = 2048) String session) {
        @Override
        public String toString() {
            return "ConfirmSignUpRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }

    /** A session for InitiateAuth USER_AUTH, when ConfirmSignUp was given SignUp's. */
    public record ConfirmSignUpResponse(String session) {
        @Override
        public String toString() {
            return "ConfirmSignUpResponse[session=" + (session == null ? "none" : "****") + "]";
        }
    }

    /** ResendConfirmationCode's and ForgotPassword's request: whom to send a new code. */
    public record CodeRequest(@Required @Length(min = 1, max = 128) String clientId,
            @Length(min = 1, max = 128) String secretHash, @Required @Length(min = 1, max = 128) String username) {
    }

    /** What ResendConfirmationCode and ForgotPassword answer: where the code went. */
    public record CodeDeliveryResponse(CodeDeliveryDetailsType codeDeliveryDetails) {
    }

    public record ConfirmForgotPasswordRequest(@Required @Length(min = 1, max = 128) String clientId,
            @Length(min = 1, max = 128) String secretHash, @Required @Length(min = 1, max = 128) String username,
            @Required @Length(min = 1, max = 2048) String confirmationCode,
            @Required @Length(max = 256) String password) {
        @Override
        public String toString() {
            return "ConfirmForgotPasswordRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }
}
