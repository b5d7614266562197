package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.CodeDelivery;
import com.wildrydes.cognito.CognitoAuthException;
import com.wildrydes.cognito.CognitoAuthService;
import com.wildrydes.cognito.CognitoFailure;
import com.wildrydes.cognito.PasswordRule;
import com.wildrydes.cognito.SignInResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site's {@link CognitoAuthService} against the real embedded pool over HTTP, through the AWS SDK:
 * each step of the four-page journey and each error the pages turn into a message.
 */
@SpringBootTest(
        properties = {"wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0"})
class CognitoAuthServiceOnLocalPoolTests {

    private static final Pattern LATEST_CODE = Pattern.compile("\"body\":\"[^\"]*?(\\d{6})");
    private static final String PASSWORD = "Unicorn-Rides-42";

    @TempDir
    static Path poolData;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) {
        registry.add("wildrydes.local-pool.data-dir", poolData::toString);
    }

    @Autowired
    CognitoAuthService cognito;

    @Value("${wildrydes.cognito.endpoint}")
    String poolEndpoint;

    @Test
    void signUpThenDeliversAMaskedEmailAndTheCodeConfirmsAndSrpSignInVerifiesTokens() {
        CodeDelivery delivery = cognito.signUp("Rider.One@Example.com", PASSWORD);
        assertThat(delivery.destination()).startsWith("R***@").doesNotContain("Rider.One");
        assertThat(delivery.medium()).isEqualTo("EMAIL");

        cognito.confirmSignUp("rider.one@example.com", latestCode());
        SignInResult result = cognito.signIn("rider.one@example.com", PASSWORD);

        assertThat(result).isInstanceOfSatisfying(SignInResult.Authenticated.class, signedIn -> {
            assertThat(signedIn.identity().email()).isEqualToIgnoringCase("rider.one@example.com");
            assertThat(signedIn.identity().emailVerified()).isTrue();
            assertThat(signedIn.identity().username()).isEqualTo(signedIn.identity().sub()); // email pools: a UUID
            assertThat(signedIn.tokens().refreshToken()).isNotBlank();
        });
    }

    @Test
    void signUpWhenEmailTakenOrPasswordWeakThenNamedFailures() {
        cognito.signUp("taken@example.com", PASSWORD);

        assertFailure(() -> cognito.signUp("TAKEN@example.com", PASSWORD), CognitoFailure.USERNAME_EXISTS);
        assertThatThrownBy(() -> cognito.signUp("weak@example.com", "alllowercase1!"))
                .isInstanceOfSatisfying(CognitoAuthException.class, e -> {
                    assertThat(e.failure()).isEqualTo(CognitoFailure.INVALID_PASSWORD);
                    assertThat(e.brokenRule()).contains(PasswordRule.UPPERCASE);
                });
    }

    @Test
    void confirmWhenCodeWrongThenMismatchAndWhenResentThenOldCodeNoLongerWorks() {
        cognito.signUp("resend@example.com", PASSWORD);
        String first = latestCode();

        assertFailure(() -> cognito.confirmSignUp("resend@example.com", wrong(first)), CognitoFailure.CODE_MISMATCH);
        cognito.resendConfirmationCode("resend@example.com");
        String second = latestCode();

        if (!second.equals(first)) {
            assertFailure(() -> cognito.confirmSignUp("resend@example.com", first), CognitoFailure.CODE_MISMATCH);
        }
        cognito.confirmSignUp("resend@example.com", second);
        assertFailure(() -> cognito.confirmSignUp("resend@example.com", second), CognitoFailure.ALREADY_CONFIRMED);
    }

    @Test
    void confirmWhenNoSuchUserThenUserNotFound() {
        assertFailure(() -> cognito.confirmSignUp("nobody@example.com", "123456"), CognitoFailure.USER_NOT_FOUND);
    }

    @Test
    void signInWhenUnconfirmedWrongPasswordOrUnknownThenTheFailuresThePagesShow() {
        cognito.signUp("pending@example.com", PASSWORD);

        assertFailure(() -> cognito.signIn("pending@example.com", PASSWORD), CognitoFailure.USER_NOT_CONFIRMED);
        cognito.confirmSignUp("pending@example.com", latestCode());
        assertFailure(() -> cognito.signIn("pending@example.com", "Wrong-Password-1"),
                CognitoFailure.INCORRECT_CREDENTIALS);
        assertFailure(() -> cognito.signIn("stranger@example.com", PASSWORD), CognitoFailure.INCORRECT_CREDENTIALS);
    }

    private static void assertFailure(Runnable call, CognitoFailure expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CognitoAuthException.class,
                e -> assertThat(e.failure()).isEqualTo(expected));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    /** The code in the newest message of the pool's outbox, as a newcomer reads it. */
    private String latestCode() {
        try {
            String outbox = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(poolEndpoint + "/_local/outbox")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = LATEST_CODE.matcher(outbox);
            assertThat(matcher.find()).as("a code in the outbox").isTrue();
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
