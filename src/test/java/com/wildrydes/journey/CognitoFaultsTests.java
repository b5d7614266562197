package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12's fault suite: every Cognito call the site makes (but the key set, see CognitoKeySetFaultsTests)
 * times every way Cognito can fail, through the site's pages over HTTP. Each ends on a page in the site's look
 * with a retryable message, the input kept (passwords never), no 5xx, and exactly one WARN line, with no stack
 * trace and no secret.
 */
@DirtiesContext // its Cognito stops with the class: no later test may reuse this site
class CognitoFaultsTests extends SiteWithFaultyCognito {

    static final FaultyCognito COGNITO = new FaultyCognito();

    @DynamicPropertySource
    static void cognito(DynamicPropertyRegistry registry) {
        pointAt(COGNITO, CognitoFault.PATIENCE, registry);
    }

    @Override
    FaultyCognito cognito() {
        return COGNITO;
    }

    @AfterAll
    static void stop() {
        COGNITO.wire.close();
    }

    static Stream<Arguments> callsTimesFaults() {
        return EnumSet.complementOf(EnumSet.of(SiteCall.KEY_SET)).stream()
                .flatMap(call -> Arrays.stream(CognitoFault.values()).map(fault -> Arguments.of(call, fault)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("callsTimesFaults")
    void callWhenCognitoFailsThenFriendlyRetryablePageAndOneQuietLogLine(SiteCall call, CognitoFault fault) {
        COGNITO.answersNormally(call == SiteCall.REFRESH ? SHORT_LIFE : LONG_LIFE, true);
        if (call == SiteCall.NEW_PASSWORD) {
            COGNITO.asksForANewPassword();
        }
        COGNITO.fails(call.operation, call.bodyPart, fault);
        if (call == SiteCall.SIGN_OUT) {
            COGNITO.fails("RevokeToken", null, fault);
        }

        assertFriendly(call, fault.isThrottling(), secrets());

        assertThat(COGNITO.requestsTo(call.operation)).as("the call was made").isPositive();
    }

    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(SiteCall.Visitor.SECRETS);
        secrets.addAll(COGNITO.tokens());
        return secrets;
    }
}
