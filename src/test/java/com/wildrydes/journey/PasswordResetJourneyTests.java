package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forgot password and reset, over real HTTP through the site and the local pool, with the emailed code. */
class PasswordResetJourneyTests extends SiteWithLocalPool {

    static final String NEW_PASSWORD = "Rainbow-Trail-77";
    static final String CODE_SENT = "If this email has an account with a verified email, we have sent it a code.";

    @Test
    void forgotPasswordWhenCodeWrongThenPasswordWeakThenRightThenOnlyTheNewPasswordSignsIn() {
        String email = newEmail("forgetful");
        registerAndVerify(email, PASSWORD);
        Page asked = askForCode(email);
        assertThat(asked.path()).isEqualTo("/reset-password");
        assertThat(visitor.follow(asked).body()).contains(CODE_SENT).contains("value=\"" + email + "\"");
        String code = visitor.codeSentTo(email);

        Page wrongCode = reset(email, otherCodeThan(code), NEW_PASSWORD);
        assertThat(wrongCode.status()).isEqualTo(200);
        assertThat(wrongCode.body()).contains("That code is not right")
                .contains("value=\"" + email + "\"").contains("value=\"" + otherCodeThan(code) + "\"")
                .doesNotContain(NEW_PASSWORD);

        Page weak = reset(email, code, "rainbow-trail-77");
        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).contains("This password does not meet this rule: An uppercase letter (A-Z).");

        Page done = reset(email, code, NEW_PASSWORD);
        assertThat(done.path()).isEqualTo("/signin");
        assertThat(visitor.follow(done).body()).contains("Password changed, please sign in.");
        assertThat(signIn(email, PASSWORD).body()).contains("Incorrect email or password");
        assertThat(signIn(email, NEW_PASSWORD).path()).isEqualTo("/ride");
    }

    @Test
    void forgotPasswordWhenNoAccountThenTheSameNoticeAndNoCode() {
        String stranger = newEmail("stranger");

        Page asked = askForCode(stranger);

        assertThat(asked.path()).isEqualTo("/reset-password");
        assertThat(visitor.follow(asked).body()).contains(CODE_SENT);
        assertThat(visitor.get("/local/outbox").body()).doesNotContain(stranger);
    }

    @Test
    void forgotPasswordWhenEmailNotVerifiedThenTheSameNoticeAndNoCode() {
        String email = newEmail("hasty");
        visitor.submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        long codesBefore = visitor.get("/local/outbox").body().split(email, -1).length;

        Page asked = askForCode(email);

        assertThat(asked.path()).isEqualTo("/reset-password");
        assertThat(visitor.follow(asked).body()).contains(CODE_SENT).contains("value=\"" + email + "\"");
        assertThat(visitor.get("/local/outbox").body().split(email, -1).length).isEqualTo(codesBefore);
    }

    private Page askForCode(String email) {
        return visitor.submit("/forgot-password", "/forgot-password", Map.of("email", email));
    }

    private Page reset(String email, String code, String password) {
        return visitor.submit("/reset-password", "/reset-password",
                Map.of("email", email, "code", code, "password", password, "confirmPassword", password));
    }

    private static String otherCodeThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
