package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fault suite's last call: the pool's key set (JWKS), fetched at the first sign-in and cached after; after a
 * failed fetch nimbus allows two more per 30 s. So each case gets a site of its own that never had the keys.
 */
class CognitoKeySetFaultsTests extends SiteWithFaultyCognito {

    static final FaultyCognito COGNITO = new FaultyCognito();

    @DynamicPropertySource
    static void cognito(DynamicPropertyRegistry registry) {
        pointAt(COGNITO, Duration.ofSeconds(10), registry); // the key set has nimbus's own timeouts (0.5 s)
    }

    @Override
    FaultyCognito cognito() {
        return COGNITO;
    }

    /** No warm-up sign-in: it would cache the keys this test needs fetched. */
    @Override
    void warmUp(SiteVisitor someone) {
    }

    @AfterAll
    static void stop() {
        COGNITO.wire.close();
    }

    @ParameterizedTest(name = "KEY_SET x {0}")
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    @EnumSource(CognitoFault.class)
    void signInWhenTheKeySetFailsThenFriendlyRetryablePageAndOneQuietLogLine(CognitoFault fault) {
        COGNITO.answersNormally(LONG_LIFE, false);
        COGNITO.fails(SiteCall.KEY_SET.operation, null, fault);
        List<String> secrets = new ArrayList<>(SiteCall.Visitor.SECRETS);
        secrets.addAll(COGNITO.tokens());

        // a key set is no Cognito API: whatever fails, the page says "try again in a moment"
        assertFriendly(SiteCall.KEY_SET, false, secrets);

        assertThat(COGNITO.requestsTo("JWKS")).as("the key set was asked for").isPositive();
    }
}
