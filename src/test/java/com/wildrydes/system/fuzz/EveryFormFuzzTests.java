package com.wildrydes.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.auth.CognitoPasskeySignIn;
import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.directory.UserDirectory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12's property: whatever a visitor sends to any page (every form and query parameter of every
 * controller, filled by {@link SiteForm#generated()}), the site answers below 500, logs nothing at WARN or
 * above, writes no input back as markup, evaluates no template expression and redirects only within the site.
 * Cognito answers at random ({@link CognitoAtRandom}). A failure names Instancio's seed: {@code @Seed(n)} on
 * the method repeats the run. Left out of {@code -Pquick}; {@code ./mvnw test -Dtest='*FuzzTests'} runs it.
 */
@SpringBootTest(properties = {"wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
    "wildrydes.cognito.client-id=abcdefghijklmnopqrstuvwxyz",
    "wildrydes.rate-limit.enabled=false"}) // else most requests from the one test address meet a 429
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ExtendWith({InstancioExtension.class, OutputCaptureExtension.class})
class EveryFormFuzzTests {

    /** Requests per form: 36 forms, over three thousand requests in all ({@code -Dfuzz.samples=} for more). */
    private static final int SAMPLES = Integer.getInteger("fuzz.samples", 120);
    private static final AtomicInteger SENT = new AtomicInteger();
    /** Pages that showed a markup payload escaped: proof that the reflection check met input at all. */
    private static final AtomicInteger SHOWN_ESCAPED = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    private int logFrom;

    static List<SiteForm> forms() {
        return SiteForm.all();
    }

    @BeforeEach
    void markTheLog(CapturedOutput log) {
        logFrom = log.getAll().length();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void noInputAnswersWithA5xxOrAStackTraceOrReflectsMarkup(SiteForm form, CapturedOutput log) throws Exception {
        for (int sample = 0; sample < SAMPLES; sample++) {
            MockHttpServletResponse answer = mvc.perform(form.generatedAs()).andReturn().getResponse();
            SENT.incrementAndGet();

            assertThat(answer.getStatus()).as("status of %s", form).isLessThan(500);
            String page = answer.getContentAsString();
            if (page.contains("&lt;" + HostileValues.MARK)) {
                SHOWN_ESCAPED.incrementAndGet();
            }
            for (String raw : HostileValues.RAW_REFLECTIONS) {
                assertThat(page).as("%s writes input back unescaped", form).doesNotContain(raw);
            }
            String location = answer.getHeader("Location");
            if (location != null) {
                assertThat(location).as("%s redirects within the site", form)
                        .startsWith("/").doesNotStartWith("//").doesNotContain("\\").doesNotContain("\r", "\n");
            }
        }
        assertThat(log.getAll().substring(logFrom)).as("log of %s", form)
                .doesNotContain("\tat ").doesNotContain(" WARN ").doesNotContain(" ERROR ");
    }

    @AfterAll
    static void reportTheCountsAndThatInputWasShown() {
        System.out.println("EveryFormFuzzTests: " + SENT.get() + " generated requests, " + SHOWN_ESCAPED.get()
                + " pages showing a markup payload escaped");
        assertThat(SHOWN_ESCAPED.get()).as("pages that showed generated markup (escaped)").isPositive();
    }

    /** Cognito and the user directory, each call answered at random. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RandomCognito {

        @Bean
        @Primary
        CognitoAuthService randomCognitoAuthService() {
            return mock(CognitoAuthService.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }

        @Bean
        @Primary
        CognitoRegistration randomCognitoRegistration() {
            return mock(CognitoRegistration.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }

        /** The account page asks whether the app is on (GetUser): without this, the real SDK meets no network. */
        @Bean
        @Primary
        CognitoAuthenticatorApp randomCognitoAuthenticatorApp() {
            return mock(CognitoAuthenticatorApp.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }

        @Bean
        @Primary
        CognitoPasskeys randomCognitoPasskeys() {
            return mock(CognitoPasskeys.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }

        @Bean
        @Primary
        CognitoPasskeySignIn randomCognitoPasskeySignIn() {
            return mock(CognitoPasskeySignIn.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }

        @Bean
        @Primary
        CognitoPasswords randomCognitoPasswords() {
            return mock(CognitoPasswords.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }

        @Bean
        @Primary
        UserDirectory randomUserDirectory() {
            return mock(UserDirectory.class, withSettings().defaultAnswer(new CognitoAtRandom()));
        }
    }
}
