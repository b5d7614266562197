package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A user an administrator created with a temporary password chooses a new one at the first sign-in. */
class NewPasswordJourneyTests extends SiteWithLocalPool {

    static final String TEMPORARY_PASSWORD = "Temporary-Pass-1";
    static final String CHOSEN_PASSWORD = "Chosen-Unicorn-9";
    /** Anything long and opaque enough to be a challenge session (or a token) in the page. */
    static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9+/=_-]{80,}");
    static final Pattern HIDDEN_INPUT = Pattern.compile("type=\"hidden\" name=\"([^\"]+)\"");

    @Test
    void signInWhenTemporaryPasswordThenChoosesANewOneAndRides() {
        String email = newEmail("invited");
        pool().createUserWithTemporaryPassword(email, TEMPORARY_PASSWORD);

        Page challenged = signIn(email, TEMPORARY_PASSWORD);
        assertThat(challenged.path()).isEqualTo("/new-password");
        Page form = visitor.follow(challenged);
        assertThat(form.status()).isEqualTo(200);
        assertThat(hiddenInputs(form)).containsOnly("_csrf");
        assertThat(opaqueStrings(form)).containsOnly(form.csrf());

        Page chosen = choose(CHOSEN_PASSWORD);
        assertThat(chosen.path()).isEqualTo("/ride");
        assertThat(visitor.follow(chosen).body()).contains(email).contains("You are authenticated");
    }

    @Test
    void newPasswordWhenWeakThenNamesTheRuleAndTheCorrectedPasswordIsAcceptedOnTheSamePage() {
        String email = newEmail("invited");
        pool().createUserWithTemporaryPassword(email, TEMPORARY_PASSWORD);
        signIn(email, TEMPORARY_PASSWORD);

        Page weak = choose("chosen-unicorn-9");

        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).contains("This password does not meet this rule: An uppercase letter (A-Z).")
                .doesNotContain("chosen-unicorn-9");
        // a refused password leaves the challenge open, so the rider corrects it without signing in again
        assertThat(choose(CHOSEN_PASSWORD).path()).isEqualTo("/ride");
    }

    @Test
    void signInWhenNewPasswordChosenThenTheTemporaryOneNoLongerWorks() {
        String email = newEmail("invited");
        pool().createUserWithTemporaryPassword(email, TEMPORARY_PASSWORD);
        signIn(email, TEMPORARY_PASSWORD);
        choose(CHOSEN_PASSWORD);
        Page ride = visitor.get("/ride");
        visitor.post("/signout", Map.of("_csrf", ride.csrf()));

        assertThat(signIn(email, TEMPORARY_PASSWORD).body()).contains("Incorrect email or password");
        assertThat(signIn(email, CHOSEN_PASSWORD).path()).isEqualTo("/ride");
    }

    @Test
    void newPasswordWhenNoChallengeInTheSessionThenBackToSignIn() {
        Page page = visitor.get("/new-password");

        assertThat(page.path()).isEqualTo("/signin");
        assertThat(visitor.follow(page).body()).contains("Your sign-in took too long, please sign in again.");
    }

    private Page choose(String password) {
        return visitor.submit("/new-password", "/new-password",
                Map.of("password", password, "confirmPassword", password));
    }

    private static List<String> hiddenInputs(Page page) {
        return HIDDEN_INPUT.matcher(page.body()).results().map(m -> m.group(1)).toList();
    }

    private static List<String> opaqueStrings(Page page) {
        return OPAQUE.matcher(page.body()).results().map(m -> m.group()).toList();
    }
}
