package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.error.CognitoErrorTranslator;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import java.util.function.Supplier;

/** One Cognito call for a user-facing step: any SDK or transport failure leaves as a CognitoAuthException. */
final class CognitoCalls {

    private CognitoCalls() {
    }

    static <T> T call(Step step, Supplier<T> cognitoCall) {
        try {
            return cognitoCall.get();
        } catch (RuntimeException e) {
            throw CognitoErrorTranslator.translate(step, e);
        }
    }
}
