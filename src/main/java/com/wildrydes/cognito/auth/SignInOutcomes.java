package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Counts sign-in attempts as {@value #METER}{outcome} ({@code wildrydes_signins_total} in Prometheus). Every
 * outcome is registered up front, so a rate over {@code wrong_password} exists before the first mistake.
 */
final class SignInOutcomes {

    static final String METER = "wildrydes.signins";

    /** What an operator tells apart; anything Cognito did not decide about the person is an {@code error}. */
    enum Outcome {
        SUCCESS, WRONG_PASSWORD, LOCKED, CHALLENGE, ERROR;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<Outcome, Counter> counters;

    SignInOutcomes(MeterRegistry registry) {
        counters = Stream.of(Outcome.values()).collect(Collectors.toMap(Function.identity(),
                outcome -> Counter.builder(METER).description("Sign-in attempts by outcome")
                        .tag("outcome", outcome.tag()).register(registry)));
    }

    /** For services built without Spring (tests): counts into Micrometer's global registry, usually empty. */
    static SignInOutcomes unregistered() {
        return new SignInOutcomes(Metrics.globalRegistry);
    }

    void signedIn(SignInResult result) {
        counters.get(result instanceof SignInResult.Authenticated ? Outcome.SUCCESS : Outcome.CHALLENGE)
                .increment();
    }

    void refused(CognitoAuthException failure) {
        counters.get(outcomeOf(failure.failure())).increment();
    }

    /** Locked: the password may be right, but the account cannot sign in now (too many attempts, unconfirmed, reset). */
    static Outcome outcomeOf(CognitoFailureReason reason) {
        return switch (reason) {
            case INCORRECT_CREDENTIALS, USER_NOT_FOUND -> Outcome.WRONG_PASSWORD;
            case LOCKED_OUT, NOT_AUTHORIZED, USER_NOT_CONFIRMED, PASSWORD_RESET_REQUIRED -> Outcome.LOCKED;
            default -> Outcome.ERROR;
        };
    }
}
