package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.util.HtmlUtils;

/**
 * A real site on a random port whose Cognito is a WireMock stub ({@link FaultyCognito}), impatient so a timeout
 * is met in under a second, and whose log lines are kept for the test to read. Subclasses fail one call per test
 * and check the page and the log with {@link #assertFriendly}. Rate limits (issue 12) are off: every case signs in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wildrydes.cognito.user-pool-id=" + FaultyCognito.POOL_ID,
        "wildrydes.cognito.client-id=" + FaultyCognito.CLIENT_ID,
        "wildrydes.cognito.calls.connect-timeout=500ms",
        "wildrydes.cognito.calls.max-attempts=2",
        "wildrydes.rate-limit.enabled=false"})
abstract class SiteWithFaultyCognito {

    static final Duration LONG_LIFE = Duration.ofHours(1);
    /** Within the site's 60 s refresh margin: every request refreshes. */
    static final Duration SHORT_LIFE = Duration.ofSeconds(30);
    private static final Properties MESSAGES = messages();
    /** The ports of the sites warmed up so far (a context lives on in Spring's cache across tests). */
    private static final Set<Integer> warmedUp = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    SiteVisitor visitor;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    static void pointAt(FaultyCognito cognito, Duration callTimeout, DynamicPropertyRegistry registry) {
        registry.add("wildrydes.cognito.endpoint", cognito::endpoint);
        registry.add("wildrydes.cognito.calls.timeout", () -> callTimeout.toMillis() + "ms");
    }

    @BeforeEach
    void watchTheLog() {
        visitor = new SiteVisitor("http://localhost:" + port);
        if (warmedUp.add(port)) {
            warmUp(new SiteVisitor("http://localhost:" + port));
        }
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        root.detachAppender(log);
        log.stop();
    }

    /**
     * One sign-in against a Cognito that answers, before any fault: a site's first call loads the SDK's classes,
     * which on a busy machine can take longer than the short call timeout these tests set.
     */
    void warmUp(SiteVisitor someone) {
        cognito().answersNormally(LONG_LIFE, true);
        SiteCall.Visitor.signIn(someone);
    }

    /** The stubbed Cognito this site is pointed at. */
    abstract FaultyCognito cognito();

    /**
     * Runs {@code call}'s journey and checks the page it ends on (the throttling message when {@code throttled})
     * and the log lines written meanwhile, none of which may hold one of {@code secrets}.
     */
    void assertFriendly(SiteCall call, boolean throttled, List<String> secrets) {
        log.list.clear();
        Page answer = call.journey.apply(visitor);
        Page page = answer.status() == 302 && call.expected.path() == null && call.expected.messageKey() != null
                ? visitor.follow(answer) : answer;

        assertThat(answer.status()).as("the status of the page that made the call").isLessThan(500);
        assertThat(page.status()).as("the status of the page shown").isEqualTo(200);
        if (call.expected.path() != null) {
            assertThat(answer.location()).as("stays on the page, no redirect").isNull();
        }
        assertThat(page.body()).contains("class=\"site-header\"");
        String key = throttled ? call.expected.throttledKey() : call.expected.messageKey();
        if (key != null) {
            assertThat(page.body()).contains(HtmlUtils.htmlEscape(MESSAGES.getProperty(key)));
        }
        call.expected.kept().forEach(kept -> assertThat(page.body()).as("input kept").contains(kept));
        SiteCall.Visitor.PASSWORDS.forEach(password ->
                assertThat(page.body()).as("no password on the page").doesNotContain(password));
        assertLogged(secrets);
    }

    private void assertLogged(List<String> secrets) {
        List<ILoggingEvent> events = new ArrayList<>(log.list);
        List<ILoggingEvent> site = events.stream().filter(e -> !e.getLoggerName().startsWith("wiremock.")).toList();
        assertThat(site.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).map(this::line))
                .as("exactly one line at WARN or ERROR, about Cognito").singleElement().asString().contains("Cognito");
        assertThat(site.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO) && e.getThrowableProxy() != null)
                .map(this::line)).as("no stack trace").isEmpty();
        for (ILoggingEvent event : events) {
            secrets.forEach(secret -> assertThat(event.getFormattedMessage()).as("no secret in the log")
                    .doesNotContain(secret));
        }
    }

    private String line(ILoggingEvent event) {
        return event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " [" + event.getThrowableProxy().getClassName() + "]");
    }

    private static Properties messages() {
        Properties messages = new Properties();
        try (var in = SiteWithFaultyCognito.class.getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
