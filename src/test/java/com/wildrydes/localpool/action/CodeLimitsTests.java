package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.action.code.CodeLimits;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/** The per-user limits on code sends and wrong codes, with the pool's clock moved by hand. */
class CodeLimitsTests {

    static final String EMAIL = "ann@example.com";
    static final String LIMIT_MESSAGE = "Attempt limit exceeded, please try after some time.";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    String clientId;

    @BeforeEach
    void seed() {
        String poolId = PoolExamples.emailPool(pool.cognito());
        clientId = pool.cognito().createUserPoolClient(r -> r.userPoolId(poolId).clientName("Site")
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
        pool.cognito().signUp(r -> r.clientId(clientId).username(EMAIL).password(PoolExamples.PASSWORD));
    }

    @Test
    void resendWhenFiveCodesSentThisHourThenLimitExceededUntilTheHourHasPassed() {
        for (int send = 0; send < CodeLimits.SENDS; send++) {
            resend(EMAIL);
        }
        int emails = pool.outbox().size();

        assertThatThrownBy(() -> resend(EMAIL)).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining(LIMIT_MESSAGE);
        assertThat(pool.outbox()).hasSize(emails);

        pool.advance(CodeLimits.WINDOW);
        resend(EMAIL);
        assertThat(pool.outbox()).hasSize(emails + 1);
    }

    @Test
    void forgotPasswordWhenResendsUsedTheLimitThenLimitExceededToo() {
        confirm(pool.lastCodeSentTo(EMAIL));
        for (int send = 0; send < CodeLimits.SENDS; send++) {
            pool.cognito().forgotPassword(r -> r.clientId(clientId).username(EMAIL));
        }

        assertThatThrownBy(() -> pool.cognito().forgotPassword(r -> r.clientId(clientId).username(EMAIL)))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining(LIMIT_MESSAGE);
    }

    @Test
    void resendWhenUserUnknownThenLimitedAfterAsManySendsAsAKnownUser() {
        for (int send = 0; send < CodeLimits.SENDS; send++) {
            resend("uma@example.org");
        }

        assertThatThrownBy(() -> resend("uma@example.org")).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void confirmWhenWrongCodesSpreadOverNewCodesThenTheRightCodeIsRefusedWithinTheHour() {
        for (int guess = 0; guess < 3; guess++) {
            assertThatThrownBy(() -> confirm("000000x")).isInstanceOf(CodeMismatchException.class);
        }
        resend(EMAIL);
        for (int guess = 3; guess < CodeLimits.WRONG_CODES; guess++) {
            assertThatThrownBy(() -> confirm("000000x")).isInstanceOf(CodeMismatchException.class);
        }
        resend(EMAIL);
        String fresh = pool.lastCodeSentTo(EMAIL);

        assertThatThrownBy(() -> confirm(fresh)).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining(LIMIT_MESSAGE);

        pool.advance(CodeLimits.WINDOW.plus(Duration.ofSeconds(1)));
        resend(EMAIL);
        confirm(pool.lastCodeSentTo(EMAIL));
    }

    @Test
    void confirmWhenUserUnknownThenLimitedAfterAsManyWrongCodesAsAKnownUser() {
        for (int guess = 0; guess < CodeLimits.WRONG_CODES; guess++) {
            assertThatThrownBy(() -> pool.cognito().confirmSignUp(r -> r.clientId(clientId).username("uma@example.org")
                    .confirmationCode("123456"))).isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> pool.cognito().confirmSignUp(r -> r.clientId(clientId).username("uma@example.org")
                .confirmationCode("123456"))).isInstanceOf(LimitExceededException.class);
    }

    private void resend(String username) {
        pool.cognito().resendConfirmationCode(r -> r.clientId(clientId).username(username));
    }

    private void confirm(String code) {
        pool.cognito().confirmSignUp(r -> r.clientId(clientId).username(EMAIL).confirmationCode(code));
    }
}
