package com.wildrydes.admin;

import static com.wildrydes.admin.TestAdmins.user;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.directory.UserPage;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.system.Notice;
import com.wildrydes.system.PasswordRuleErrors;
import com.wildrydes.system.SecurityConfiguration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** "Create a user" on the users page: AdminCreateUser with a temporary password, then back to the same list page. */
@WebMvcTest(UsersController.class)
@Import(SecurityConfiguration.class)
class CreateUserTests {

    private static final String TOKEN = "eyJ+next/page==";
    private static final String TOKEN_IN_URL = "eyJ%2Bnext%2Fpage%3D%3D";
    private static final String PASSWORD = "Temp-Pass-2026";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserDirectory users;

    @MockitoBean
    AdminMembership membership;

    @BeforeEach
    void oneUser() {
        given(membership.stillAdmin(any())).willReturn(true);
        given(users.listUsers(anyString(), anyString()))
                .willReturn(new UserPage(List.of(user("ann@example.com", "CONFIRMED")), null));
        given(users.groupsOf(anyString())).willReturn(List.of());
    }

    @Test
    void createWhenAcceptedThenCognitoCreatesAndBackToTheSamePageWithNotice() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(authentication(TestAdmins.admin()))
                        .param("email", "new@example.com").param("temporaryPassword", PASSWORD)
                        .param("q", "ann").param("page", TOKEN))
                .andExpect(redirectedUrl("/admin/users?q=ann&page=" + TOKEN_IN_URL))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success("admin.notice.created", "new@example.com")));
        verify(users).createUser("new@example.com", PASSWORD);
    }

    @Test
    void createWhenEmailTakenThenNoticeAndTheEmailKept() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.USERNAME_EXISTS, "UsernameExistsException", null))
                .given(users).createUser("ann@example.com", PASSWORD);
        mvc.perform(post("/admin/users").with(csrf()).with(authentication(TestAdmins.admin()))
                        .param("email", "ann@example.com").param("temporaryPassword", PASSWORD).param("q", "a"))
                .andExpect(redirectedUrl("/admin/users?q=a"))
                .andExpect(flash().attribute(UsersController.EMAIL_FLASH, "ann@example.com"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("admin.error.exists", "ann@example.com")));
    }

    @Test
    void createWhenPasswordBreaksARuleThenThatRuleIsMarkedAfterTheRedirect() throws Exception {
        willThrow(new CognitoAuthException(CognitoFailureReason.INVALID_PASSWORD, "InvalidPasswordException",
                PasswordRule.SYMBOL, null)).given(users).createUser("new@example.com", "Temp2026x");
        mvc.perform(post("/admin/users").with(csrf()).with(authentication(TestAdmins.admin()))
                        .param("email", "new@example.com").param("temporaryPassword", "Temp2026x"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute(PasswordRuleErrors.BROKEN_RULE, "SYMBOL"))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("admin.error.password", "new@example.com")));

        mvc.perform(get("/admin/users").with(authentication(TestAdmins.admin()))
                        .flashAttr(UsersController.EMAIL_FLASH, "new@example.com")
                        .flashAttr(PasswordRuleErrors.BROKEN_RULE, "SYMBOL"))
                .andExpect(content().string(containsString("value=\"new@example.com\"")))
                .andExpect(content().string(containsString("<li data-rule=\"SYMBOL\" class=\"rule--broken\"")));
    }

    @Test
    void createWhenFieldsMissingThenErrorsOnTheListPageAndNothingCreated() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(authentication(TestAdmins.admin()))
                        .param("email", "not-an-email").param("temporaryPassword", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a temporary password.")))
                .andExpect(content().string(containsString("Enter an email address like name@example.com.")))
                .andExpect(content().string(containsString("ann@example.com")));
        verify(users, never()).createUser(any(), any());
    }

    @Test
    void createWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(authentication(TestAdmins.admin()))
                        .param("email", "new@example.com").param("temporaryPassword", PASSWORD))
                .andExpect(status().isForbidden());
        verify(users, never()).createUser(any(), any());
    }
}
