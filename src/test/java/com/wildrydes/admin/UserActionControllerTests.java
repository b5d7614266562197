package com.wildrydes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.system.Notice;
import com.wildrydes.system.SecurityConfiguration;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each action on one user: asked first, then done through the directory, and back to the same list page. */
@WebMvcTest(UserActionController.class)
@Import(SecurityConfiguration.class)
class UserActionControllerTests {

    private static final String EMAIL = "bob@example.com";
    private static final String USERNAME = TestAdmins.usernameOf(EMAIL);
    private static final String TOKEN = "eyJ+next/page==";
    private static final String BACK_TO_LIST = "/admin/users?q=bo&page=eyJ%2Bnext%2Fpage%3D%3D";

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    UserDirectory users;

    @MockitoBean
    AdminMembership membership;

    @BeforeEach
    void stillAnAdmin() {
        given(membership.stillAdmin(any())).willReturn(true);
    }

    @ParameterizedTest
    @EnumSource(UserAction.class)
    void actionWhenConfirmedThenCallsTheDirectoryAndReturnsToTheSamePageWithNotice(UserAction action) throws Exception {
        mvc.perform(confirmed(action.path()))
                .andExpect(redirectedUrl(BACK_TO_LIST))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.success(action.messageKey() + ".done", EMAIL)));
        expectedCall(action).accept(verify(users));
    }

    @ParameterizedTest
    @EnumSource(UserAction.class)
    void actionWithoutConfirmThenOnlyAsksAndKeepsTheListPosition(UserAction action) throws Exception {
        mvc.perform(unconfirmed(action.path()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"confirm\" value=\"true\">")))
                .andExpect(content().string(containsString("action=\"/admin/users/" + USERNAME + "/" + action.path())))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"page\" value=\"" + TOKEN + "\">")))
                .andExpect(content().string(containsString("href=\"" + BACK_TO_LIST.replace("&", "&amp;") + "\">Cancel")));
        verifyNoInteractions(users);
    }

    @Test
    void deleteAsksWithTheEmailAndWarnsItIsFinal() throws Exception {
        mvc.perform(unconfirmed("delete"))
                .andExpect(content().string(containsString("Delete bob@example.com for good?")))
                .andExpect(content().string(containsString("This cannot be undone.")))
                .andExpect(content().string(containsString(">Yes, delete bob@example.com</button>")));
    }

    @ParameterizedTest
    @CsvSource({
        "ACCESS_DENIED, admin.error.accessDenied",
        "USER_NOT_FOUND, admin.error.notFound",
        "UNAVAILABLE, admin.error.unavailable",
        "INVALID_PARAMETER, admin.error.invalid",
        "TOO_MANY_ATTEMPTS, admin.error.tooMany"})
    void actionWhenDirectoryFailsThenNoticeAndSameListPosition(CognitoFailureReason failure, String messageKey)
            throws Exception {
        willThrow(new CognitoAuthException(failure, "SomeCognitoError", null)).given(users).disable(USERNAME);
        mvc.perform(confirmed("disable"))
                .andExpect(redirectedUrl(BACK_TO_LIST))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning(messageKey, EMAIL)));
    }

    @ParameterizedTest
    @CsvSource({"disable", "delete", "remove-admin"})
    void actionThatWouldLockTheAdminOutIsRefusedOnTheirOwnAccount(String actionPath) throws Exception {
        mvc.perform(post("/admin/users/" + TestAdmins.ADMIN_SUB + "/" + actionPath).with(csrf())
                        .with(authentication(TestAdmins.admin())).param("email", TestAdmins.ADMIN_EMAIL)
                        .param("confirm", "true").param("q", "bo").param("page", TOKEN))
                .andExpect(redirectedUrl(BACK_TO_LIST))
                .andExpect(flash().attribute(Notice.FLASH_NAME, Notice.warning("admin.error.self", TestAdmins.ADMIN_EMAIL)));
        verifyNoInteractions(users);
    }

    @Test
    void actionWithoutCsrfTokenIsRefusedAndNothingDone() throws Exception {
        mvc.perform(post("/admin/users/" + USERNAME + "/delete").param("confirm", "true")
                        .with(authentication(TestAdmins.admin())))
                .andExpect(status().isForbidden());
        verifyNoInteractions(users);
    }

    @Test
    void actionWhenNotAnAdminThenForbiddenAndNothingDone() throws Exception {
        mvc.perform(post("/admin/users/" + USERNAME + "/delete").param("confirm", "true").with(csrf())
                        .with(authentication(TestAdmins.rider())))
                .andExpect(status().isForbidden());
        verifyNoInteractions(users);
    }

    @Test
    void unknownActionIsNotFound() throws Exception {
        mvc.perform(post("/admin/users/" + USERNAME + "/promote-to-king").param("confirm", "true").with(csrf())
                        .with(authentication(TestAdmins.admin())))
                .andExpect(status().isNotFound());
        verifyNoInteractions(users);
    }

    @ParameterizedTest
    @EnumSource(UserAction.class)
    void everyActionSpeaksEnglishAndKorean(UserAction action) {
        for (String suffix : new String[] {"", ".question", ".yes", ".done"}) {
            String english = messages.getMessage(action.messageKey() + suffix, new Object[] {EMAIL}, Locale.ENGLISH);
            String korean = messages.getMessage(action.messageKey() + suffix, new Object[] {EMAIL}, Locale.KOREAN);
            assertThat(korean).isNotEqualTo(english).containsPattern("\\p{IsHangul}");
        }
    }

    private static MockHttpServletRequestBuilder unconfirmed(String actionPath) {
        return post("/admin/users/" + USERNAME + "/" + actionPath).with(csrf()).with(authentication(TestAdmins.admin()))
                .param("email", EMAIL).param("q", "bo").param("page", TOKEN);
    }

    private static MockHttpServletRequestBuilder confirmed(String actionPath) {
        return unconfirmed(actionPath).param("confirm", "true");
    }

    private static Consumer<UserDirectory> expectedCall(UserAction action) {
        return switch (action) {
            case CONFIRM -> directory -> directory.confirm(USERNAME);
            case DISABLE -> directory -> directory.disable(USERNAME);
            case ENABLE -> directory -> directory.enable(USERNAME);
            case DELETE -> directory -> directory.delete(USERNAME);
            case MAKE_ADMIN -> directory -> directory.addToGroup(USERNAME, "admins");
            case REMOVE_ADMIN -> directory -> directory.removeFromGroup(USERNAME, "admins");
        };
    }
}
