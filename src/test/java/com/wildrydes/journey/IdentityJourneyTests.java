package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.wildrydes.cognito.identity.RiderCredentials;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * The seed's three steps over real HTTP with nothing configured: sign up and verify at the local user pool, the site
 * exchanges the ID token at the local identity pool WildRydesRiders for credentials, and the ride page shows who STS
 * says they are. The credentials live in the server-side session only: not on the page, not in any log line.
 */
class IdentityJourneyTests extends SiteWithLocalPool {

    static final Pattern IDENTITY_ID = Pattern.compile("id=\"aws-identity-id\">([^<]+)</code>");
    static final String ASSUMED_ROLE_ARN =
            "arn:aws:sts::000000000000:assumed-role/WildRydesRider/CognitoIdentityCredentials";

    @Autowired
    ServletWebServerApplicationContext context;

    final CookieManager cookies = new CookieManager();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger site = (Logger) LoggerFactory.getLogger("com.wildrydes");
    private Level siteLevel;

    /** Every line the site writes, its DEBUG lines included; libraries at their usual level. */
    @BeforeEach
    void readTheLog() {
        visitor = new SiteVisitor("http://127.0.0.1:" + port, cookies);
        siteLevel = site.getLevel();
        site.setLevel(Level.DEBUG);
        lines.start();
        root.addAppender(lines);
    }

    @AfterEach
    void stopReading() {
        root.detachAppender(lines);
        lines.stop();
        site.setLevel(siteLevel);
    }

    @Test
    void newcomerWhenVerifiedThenRidePageShowsTheirAwsIdentityAsTheRidersAssumedRole() {
        String email = newEmail("aws-curious");
        Page ride = registerAndVerifyToRide(email);

        assertThat(ride.body()).contains("Your AWS identity", ASSUMED_ROLE_ARN,
                "<code id=\"aws-caller-account\">000000000000</code>");
        String identityId = identityIdOn(ride);
        assertThat(identityId).matches("ap-northeast-2:[0-9a-f-]{36}");
        RiderCredentials kept = credentialsInSession();
        assertThat(kept.identityId()).isEqualTo(identityId);
        assertThat(kept.accessKeyId()).startsWith("ASIA");
        assertThat(ride.body()).doesNotContain(kept.secretKey(), kept.sessionToken(), kept.accessKeyId());
        assertThat(visitor.get("/ride").body()).as("a reload: the same credentials, STS's answer kept with them")
                .contains(ASSUMED_ROLE_ARN);
        assertThat(credentialsInSession()).isEqualTo(kept);
        assertThat(visitor.get("/actuator/prometheus").body()).as("the riders' AWS calls are timed like Cognito's")
                .containsPattern("wildrydes_cognito_calls_seconds_count\\{[^}]*operation=\"GetId\"[^}]*outcome=\"success\"")
                .containsPattern("wildrydes_cognito_calls_seconds_count\\{[^}]*operation=\"GetCredentialsForIdentity\"")
                .containsPattern("wildrydes_cognito_calls_seconds_count\\{[^}]*operation=\"GetCallerIdentity\"");
        assertNothingLogged(kept);
    }

    @Test
    void riderWhenSignsInAgainElsewhereThenTheSameIdentityAndAtSignOutTheCredentialsGoWithTheSession() {
        String email = newEmail("returning");
        String firstIdentity = identityIdOn(registerAndVerifyToRide(email));
        visitor.startAfresh();

        Page signedIn = signIn(email, PASSWORD);
        assertThat(signedIn.path()).isEqualTo("/ride");
        Page ride = visitor.follow(signedIn);
        RiderCredentials kept = credentialsInSession();
        String sessionId = sessionId();

        assertThat(identityIdOn(ride)).as("one identity per rider").isEqualTo(firstIdentity);
        visitor.submit("/ride", "/signout", Map.of());
        assertThat(tomcatSession(sessionId)).as("the session, credentials and all, is gone").isNull();
        assertNothingLogged(kept);
    }

    private Page registerAndVerifyToRide(String email) {
        visitor.submit("/register", "/register", Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        assertThat(verified.path()).isEqualTo("/ride");
        Page ride = visitor.follow(verified);
        assertThat(ride.status()).isEqualTo(200);
        return ride;
    }

    private static String identityIdOn(Page ride) {
        Matcher found = IDENTITY_ID.matcher(ride.body());
        assertThat(found.find()).as("the ride page shows an identity id").isTrue();
        return found.group(1);
    }

    /** What the site keeps for the rider, read from the server's session as no page may show it. */
    private RiderCredentials credentialsInSession() {
        Session session = tomcatSession(sessionId());
        assertThat(session).isNotNull();
        return Collections.list(session.getSession().getAttributeNames()).stream()
                .map(name -> session.getSession().getAttribute(name))
                .filter(RiderCredentials.class::isInstance).map(RiderCredentials.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no AWS credentials in the session"));
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private Session tomcatSession(String id) {
        Context site = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return site.getManager().findSession(id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertNothingLogged(RiderCredentials credentials) {
        for (ILoggingEvent event : new ArrayList<>(lines.list)) {
            assertThat(event.getFormattedMessage()).as("no secret in the log")
                    .doesNotContain(credentials.secretKey(), credentials.sessionToken(), PASSWORD);
        }
    }
}
