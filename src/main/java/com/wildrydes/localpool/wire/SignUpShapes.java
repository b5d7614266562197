package com.wildrydes.localpool.wire;

import java.util.List;

/**
 * The requests and answers of the public account calls: sign-up and its confirmation, and the forgotten
 * password. Requests that carry a password or code keep it out of {@code toString}.
 */
public final class SignUpShapes {

    private SignUpShapes() {
    }

    public record SignUpRequest(@Required String clientId, String secretHash, @Required String username,
            String password, List<AttributeType> userAttributes) {
        @Override
        public String toString() {
            return "SignUpRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }

    public record SignUpResponse(Boolean userConfirmed, CodeDeliveryDetailsType codeDeliveryDetails, String userSub) {
    }

    public record ConfirmSignUpRequest(@Required String clientId, String secretHash, @Required String username,
            @Required String confirmationCode) {
        @Override
        public String toString() {
            return "ConfirmSignUpRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }

    /** ResendConfirmationCode's and ForgotPassword's request: whom to send a new code. */
    public record CodeRequest(@Required String clientId, String secretHash, @Required String username) {
    }

    /** What ResendConfirmationCode and ForgotPassword answer: where the code went. */
    public record CodeDeliveryResponse(CodeDeliveryDetailsType codeDeliveryDetails) {
    }

    public record ConfirmForgotPasswordRequest(@Required String clientId, String secretHash, @Required String username,
            @Required String confirmationCode, @Required String password) {
        @Override
        public String toString() {
            return "ConfirmForgotPasswordRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }
}
