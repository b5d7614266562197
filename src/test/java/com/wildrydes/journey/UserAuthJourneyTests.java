package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in without the password over real HTTP through the local pool: signed in right after verifying (SignUp's
 * Session, ConfirmSignUp, InitiateAuth USER_AUTH), and "Email me a code" with the code read from the outbox.
 */
class UserAuthJourneyTests extends SiteWithLocalPool {

    @Test
    void newcomerWhenVerifiesInTheBrowserThatSignedUpThenLandsOnRideWithoutThePassword() {
        String email = newEmail("eager");
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));

        Page verified = visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));

        assertThat(verified.path()).isEqualTo("/ride");
        Page ride = visitor.follow(verified);
        assertThat(ride.status()).isEqualTo(200);
        assertThat(ride.body()).contains(email).contains("eyJ");
    }

    @Test
    void newcomerWhenVerifiesInAnotherBrowserThenSignInPageWithVerifiedNotice() {
        String email = newEmail("laptop-then-phone");
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        SiteVisitor phone = new SiteVisitor("http://127.0.0.1:" + port);

        Page verified = phone.submit("/verify", "/verify", Map.of("email", email, "code", phone.codeSentTo(email)));

        assertThat(verified.path()).isEqualTo("/signin");
        assertThat(phone.follow(verified).body()).contains("Email verified");
        assertThat(phone.get("/ride").path()).isEqualTo("/signin");
    }

    @Test
    void riderWhenAsksForEmailCodeThenSignsInWithTheCodeFromTheOutbox() {
        String email = newEmail("codey");
        registerAndVerify(email, PASSWORD);

        Page sent = visitor.submit("/signin", "/signin/email-code/send", Map.of("email", email, "password", ""));
        assertThat(sent.path()).isEqualTo("/signin/email-code");
        Page codePage = visitor.follow(sent);
        assertThat(codePage.body()).contains("Enter your sign-in code").doesNotContain(email);

        Page signedIn = visitor.submit("/signin/email-code", "/signin/email-code",
                Map.of("code", visitor.codeSentTo(email)));

        assertThat(signedIn.path()).isEqualTo("/ride");
        assertThat(visitor.follow(signedIn).body()).contains(email);
    }

    @Test
    void riderWhenTypesWrongEmailCodeThenSaysNotRightAndTheRightOneStillWorks() {
        String email = newEmail("typo");
        registerAndVerify(email, PASSWORD);
        visitor.submit("/signin", "/signin/email-code/send", Map.of("email", email));

        Page wrong = visitor.submit("/signin/email-code", "/signin/email-code", Map.of("code", "00000000"));
        Page right = visitor.submit("/signin/email-code", "/signin/email-code",
                Map.of("code", visitor.codeSentTo(email)));

        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("That code is not right.");
        assertThat(right.path()).isEqualTo("/ride");
    }

    @Test
    void emailCodeWhenNoAccountThenCodePageLooksTheSameAndNoCodeWorks() {
        String nobody = newEmail("nobody");

        Page sent = visitor.submit("/signin", "/signin/email-code/send", Map.of("email", nobody));
        Page codePage = visitor.follow(sent);
        Page guess = visitor.submit("/signin/email-code", "/signin/email-code", Map.of("code", "12345678"));

        assertThat(sent.path()).isEqualTo("/signin/email-code");
        assertThat(codePage.body()).contains("Enter your sign-in code").contains("n***@e***");
        assertThat(guess.body()).contains("That code is not right.");
    }

    @Test
    void emailCodePageWhenTheChallengeIsGoneThenBackToSignIn() {
        Page page = visitor.get("/signin/email-code");

        assertThat(page.path()).isEqualTo("/signin");
        assertThat(visitor.follow(page).body()).contains("took too long");
    }
}
