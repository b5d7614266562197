package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changing the password on /account while signed in, then signing in again with it. */
class ChangePasswordJourneyTests extends SiteWithLocalPool {

    static final String NEW_PASSWORD = "Galloping-Mane-5";

    @Test
    void changePasswordWhenCurrentPasswordWrongThenSaysSoAndNothingChanges() {
        String email = newEmail("careful");
        registerAndVerify(email, PASSWORD);
        signIn(email, PASSWORD);

        Page refused = change("Not-My-Password-1", NEW_PASSWORD);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Your current password is not right.").doesNotContain("Not-My-Password-1");
        signOut();
        assertThat(signIn(email, PASSWORD).path()).isEqualTo("/ride");
    }

    @Test
    void changePasswordWhenCurrentPasswordRightThenOnlyTheNewPasswordSignsInAfterSignOut() {
        String email = newEmail("tidy");
        registerAndVerify(email, PASSWORD);
        signIn(email, PASSWORD);
        assertThat(visitor.get("/account").body()).contains(email).contains("Verified");

        Page changed = change(PASSWORD, NEW_PASSWORD);

        assertThat(changed.path()).isEqualTo("/account");
        assertThat(visitor.follow(changed).body()).contains("Password changed.");
        signOut();
        assertThat(signIn(email, PASSWORD).body()).contains("Incorrect email or password");
        assertThat(signIn(email, NEW_PASSWORD).path()).isEqualTo("/ride");
    }

    private Page change(String currentPassword, String password) {
        return visitor.submit("/account", "/account", Map.of("currentPassword", currentPassword,
                "password", password, "confirmPassword", password));
    }

    private void signOut() {
        Page signedOut = visitor.post("/signout", Map.of("_csrf", visitor.get("/account").csrf()));
        assertThat(signedOut.path()).isEqualTo("/");
    }
}
