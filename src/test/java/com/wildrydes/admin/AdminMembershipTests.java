package com.wildrydes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.directory.UserPage;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.SecurityConfiguration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin pages ask Cognito for the {@code admins} membership on each request, behind the ID token's claim:
 * an admin removed from the group meets 403 at once, whatever their token still says.
 */
@WebMvcTest(controllers = {UsersController.class, UserActionController.class})
@Import({SecurityConfiguration.class, AdminMembership.class})
class AdminMembershipTests {

    static final SignedInUser ADMIN = (SignedInUser) TestAdmins.admin().getPrincipal();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserDirectory users;

    @BeforeEach
    void oneUser() {
        given(users.listUsers(anyString(), anyString()))
                .willReturn(new UserPage(List.of(TestAdmins.user("ann@example.com", "CONFIRMED")), null));
        given(users.groupsOf(anyString())).willReturn(List.of());
    }

    @Test
    void usersPageWhenCognitoStillListsTheAdminThenServed() throws Exception {
        given(users.isMember(TestAdmins.ADMIN_SUB, "admins")).willReturn(true);

        mvc.perform(get("/admin/users").with(authentication(TestAdmins.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ann@example.com")));
    }

    @Test
    void usersPageWhenRemovedFromAdminsThoughTokenSaysAdminThenForbiddenAndNothingListed() throws Exception {
        given(users.isMember(TestAdmins.ADMIN_SUB, "admins")).willReturn(false);

        mvc.perform(get("/admin/users").with(authentication(TestAdmins.admin()))).andExpect(status().isForbidden());

        verify(users, never()).listUsers(any(), any());
    }

    @Test
    void makeAdminWhenRemovedFromAdminsThenForbiddenAndNoGroupChange() throws Exception {
        given(users.isMember(TestAdmins.ADMIN_SUB, "admins")).willReturn(false);

        mvc.perform(post("/admin/users/" + TestAdmins.ADMIN_SUB + "/make-admin").with(csrf())
                        .with(authentication(TestAdmins.admin())).param("confirm", "true"))
                .andExpect(status().isForbidden());

        verify(users, never()).addToGroup(any(), any());
    }

    @Test
    void usersPageWhenRiderThenForbiddenWithoutAskingCognito() throws Exception {
        mvc.perform(get("/admin/users").with(authentication(TestAdmins.rider()))).andExpect(status().isForbidden());

        verify(users, never()).isMember(any(), any());
    }

    @Test
    void stillAdminWhenCognitoCannotAnswerThenTheTokenClaimStands() {
        UserDirectory failing = mock(UserDirectory.class);
        given(failing.isMember(any(), any())).willThrow(
                new CognitoAuthException(CognitoFailureReason.UNAVAILABLE, null, null));

        assertThat(new AdminMembership(failing).stillAdmin(ADMIN)).isTrue();
    }
}
