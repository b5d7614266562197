package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.wildrydes.cognito.identity.IdentityWire;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A site with an identity pool, against WireMock stubs of Cognito (user pool and identity pool, AWS JSON 1.1) and STS
 * (Query protocol, XML): the ride page's AWS identity when all answer, and when the identity pool refuses, throttles
 * or fails: sign-in still lands on the ride page, which says the AWS identity is unavailable, and a reload tries again.
 */
class IdentityPoolFaultsTests extends SiteWithFaultyCognito {

    static final FaultyCognito COGNITO = new FaultyCognito();
    static final String UNAVAILABLE = "Your AWS identity is unavailable just now. Reload the page to try again.";

    final IdentityWire aws = new IdentityWire(COGNITO.wire.server);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @DynamicPropertySource
    static void cognito(DynamicPropertyRegistry registry) {
        pointAt(COGNITO, Duration.ofSeconds(5), registry);
        registry.add("wildrydes.cognito.identity-pool-id", () -> IdentityWire.IDENTITY_POOL_ID);
    }

    @Override
    FaultyCognito cognito() {
        return COGNITO;
    }

    @AfterAll
    static void stop() {
        COGNITO.wire.close();
    }

    @BeforeEach
    void everythingAnswers() {
        COGNITO.answersNormally(LONG_LIFE, true);
        aws.answersNormally(Instant.now().plus(Duration.ofHours(1)));
        lines.start();
        root.addAppender(lines);
    }

    @AfterEach
    void stopReading() {
        root.detachAppender(lines);
        lines.stop();
    }

    @Test
    void rideWhenIdentityPoolAndStsAnswerThenIdentityIdAndAssumedRoleAndNoSecretLogged() {
        signInLandsOnTheRidePage();

        String ride = visitor.get("/ride").body();

        assertThat(ride).contains("Your AWS identity", IdentityWire.IDENTITY_ID, IdentityWire.CALLER_ARN,
                IdentityWire.ACCOUNT).doesNotContain(IdentityWire.SECRET_KEY, IdentityWire.SESSION_TOKEN);
        assertThat(COGNITO.wire.server.findAll(IdentityWire.sentToIdentity("GetCredentialsForIdentity")))
                .as("kept in the session: one exchange for sign-in and page view").hasSize(1);
        assertNoSecretLogged();
    }

    @ParameterizedTest(name = "{0} answers {1} {2}")
    @CsvSource({"GetId, 400, NotAuthorizedException", "GetCredentialsForIdentity, 400, TooManyRequestsException",
            "GetId, 500, InternalErrorException"})
    void signInWhenIdentityPoolFailsThenRidePageSaysUnavailableAndAReloadTriesAgain(String operation, int status,
            String code) {
        StubMapping fault = aws.identityFails(operation, status, code);

        signInLandsOnTheRidePage();
        Page ride = visitor.get("/ride");

        assertThat(ride.status()).isEqualTo(200);
        assertThat(ride.body()).contains("You are authenticated", UNAVAILABLE).doesNotContain(IdentityWire.IDENTITY_ID);
        assertThat(warnings()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(code));
        assertNoSecretLogged();

        COGNITO.wire.server.removeStub(fault);
        assertThat(visitor.get("/ride").body()).contains(IdentityWire.IDENTITY_ID, IdentityWire.CALLER_ARN)
                .doesNotContain(UNAVAILABLE);
    }

    @Test
    void rideWhenStsFailsThenCredentialsShownAndAFriendlyLine() {
        aws.stsFails(403, "InvalidClientTokenId");
        signInLandsOnTheRidePage();

        String ride = visitor.get("/ride").body();

        assertThat(ride).contains(IdentityWire.IDENTITY_ID,
                "AWS did not say who these credentials are just now. Reload the page to ask again.")
                .doesNotContain(IdentityWire.CALLER_ARN);
        assertThat(warnings()).singleElement().asString().contains("InvalidClientTokenId");
        assertNoSecretLogged();
    }

    private void signInLandsOnTheRidePage() {
        Page signedIn = SiteCall.Visitor.signIn(visitor);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.path()).isEqualTo("/ride");
    }

    private List<String> warnings() {
        return new ArrayList<>(lines.list).stream().filter(e -> !e.getLoggerName().startsWith("wiremock."))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private void assertNoSecretLogged() {
        List<String> secrets = new ArrayList<>(List.of(IdentityWire.SECRET_KEY, IdentityWire.SESSION_TOKEN));
        secrets.addAll(COGNITO.tokens());
        secrets.addAll(SiteCall.Visitor.SECRETS);
        for (ILoggingEvent event : new ArrayList<>(lines.list)) {
            secrets.forEach(secret -> assertThat(event.getFormattedMessage()).as("no secret in the log")
                    .doesNotContain(secret));
        }
    }
}
