package com.wildrydes.admin;

import static com.wildrydes.admin.TestAdmins.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.directory.UserPage;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.system.SecurityConfiguration;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The users list: who may see it, what it shows, the search and the pages. */
@WebMvcTest(controllers = UsersController.class, includeFilters = @Filter(type = FilterType.REGEX,
        pattern = ".*system\\.HomeController")) // package-private there, so named by pattern
@Import(SecurityConfiguration.class)
class UsersControllerTests {

    private static final String TOKEN = "eyJ+next/page=="; // Cognito tokens hold +, / and =
    private static final String TOKEN_IN_URL = "eyJ%2Bnext%2Fpage%3D%3D";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserDirectory users;

    @MockitoBean
    AdminMembership membership;

    @BeforeEach
    void twoUsersOneAdmin() {
        given(membership.stillAdmin(any())).willReturn(true);
        given(users.listUsers(anyString(), anyString())).willReturn(new UserPage(List.of(
                user("ann@example.com", "CONFIRMED"), user("bob@example.com", "UNCONFIRMED")), null));
        given(users.groupsOf(anyString())).willReturn(List.of());
        given(users.groupsOf(TestAdmins.usernameOf("ann@example.com"))).willReturn(List.of("admins"));
    }

    @Test
    void usersWhenAdminThenListsEmailsStatusesDatesAndActions() throws Exception {
        mvc.perform(get("/admin/users").with(authentication(TestAdmins.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ann@example.com")))
                .andExpect(content().string(containsString("bob@example.com")))
                .andExpect(content().string(not(containsString("(you)"))))
                .andExpect(content().string(containsString("<span class=\"badge badge--confirmed\">Confirmed</span>")))
                .andExpect(content().string(containsString("<span class=\"badge badge--unconfirmed\">Unconfirmed</span>")))
                .andExpect(content().string(containsString("datetime=\"2026-11-27T09:05:03Z\">Nov 27, 2026, 9:05:03")))
                .andExpect(content().string(containsString(">Remove admin</button>")))
                .andExpect(content().string(containsString(">Make admin</button>")))
                .andExpect(content().string(containsString("action=\"/admin/users/"
                        + TestAdmins.usernameOf("bob@example.com") + "/confirm\"")))
                .andExpect(content().string(containsString("data-confirm=\"Delete bob@example.com for good?\"")))
                .andExpect(content().string(containsString("<a class=\"site-nav__link\" href=\"/admin/users\">Users</a>")))
                .andExpect(content().string(not(containsString(">Next page</a>"))));
        verify(users).listUsers("", "");
    }

    @Test
    void usersMarksTheAdminsOwnRowAndOffersNoWayToLockThemselvesOut() throws Exception {
        DirectoryUser me = new DirectoryUser(TestAdmins.ADMIN_SUB, TestAdmins.ADMIN_EMAIL, "CONFIRMED", true, true,
                TestAdmins.CREATED, TestAdmins.MODIFIED);
        given(users.listUsers("", "")).willReturn(new UserPage(List.of(me), null));
        given(users.groupsOf(TestAdmins.ADMIN_SUB)).willReturn(List.of("admins"));

        mvc.perform(get("/admin/users").with(authentication(TestAdmins.admin())))
                .andExpect(content().string(containsString("<span class=\"users__you\">(you)</span>")))
                .andExpect(content().string(not(containsString("/admin/users/" + TestAdmins.ADMIN_SUB + "/delete"))))
                .andExpect(content().string(not(containsString(">Remove admin</button>"))));
    }

    @Test
    void usersInKoreanShowTranslatedBadgesAndKoreanDates() throws Exception {
        mvc.perform(get("/admin/users").param("lang", "ko").with(authentication(TestAdmins.admin())))
                .andExpect(content().string(containsString(">확인됨</span>")))
                .andExpect(content().string(containsString(">미확인</span>")))
                .andExpect(content().string(containsString("2026. 11. 27.")))
                .andExpect(content().string(containsString(">사용자 만들기</button>")));
    }

    @Test
    void usersWhenSignedInRiderThenForbiddenAndNoUsersRead() throws Exception {
        mvc.perform(get("/admin/users").with(authentication(TestAdmins.rider())))
                .andExpect(status().isForbidden());
        verify(users, never()).listUsers(any(), any());
    }

    @Test
    void usersWhenAnonymousThenSentToSignIn() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/signin"));
    }

    @Test
    void usersLinkInTheHeaderOnlyForAdmins() throws Exception {
        mvc.perform(get("/").with(authentication(TestAdmins.rider())))
                .andExpect(content().string(containsString(">Sign out</button>")))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
        mvc.perform(get("/").with(authentication(TestAdmins.admin())))
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
    }

    @Test
    void searchPassesThePrefixAndKeepsItInTheBoxAndTheForms() throws Exception {
        mvc.perform(get("/admin/users").param("q", " ann ").with(authentication(TestAdmins.admin())))
                .andExpect(content().string(containsString("name=\"q\" type=\"search\" value=\"ann\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"q\" value=\"ann\">")));
        verify(users).listUsers("ann", "");
    }

    @Test
    void nextPageLinkCarriesTheTokenAndTheSearchAndItsTokenReachesCognito() throws Exception {
        given(users.listUsers("ann", "")).willReturn(new UserPage(List.of(user("ann@example.com", "CONFIRMED")), TOKEN));
        mvc.perform(get("/admin/users").param("q", "ann").with(authentication(TestAdmins.admin())))
                .andExpect(content().string(containsString("href=\"/admin/users?q=ann&amp;page=" + TOKEN_IN_URL + "\"")))
                .andExpect(content().string(containsString(">Next page</a>")))
                .andExpect(content().string(not(containsString(">First page</a>"))));

        mvc.perform(get(URI.create("/admin/users?q=ann&page=" + TOKEN_IN_URL)) // as the browser sends it
                        .with(authentication(TestAdmins.admin())))
                .andExpect(content().string(containsString("href=\"/admin/users?q=ann\">First page</a>")))
                .andExpect(content().string(containsString("name=\"page\" value=\"" + TOKEN + "\"")));
        verify(users).listUsers("ann", TOKEN);
    }

    @Test
    void usersWhenDirectoryFailsThenReasonOnThePageNotAnError() throws Exception {
        given(users.listUsers(anyString(), anyString()))
                .willThrow(new CognitoAuthException(CognitoFailureReason.ACCESS_DENIED, "AccessDeniedException", null));
        mvc.perform(get("/admin/users").with(authentication(TestAdmins.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The site is not allowed to manage users.")))
                .andExpect(content().string(containsString("Create a user")));
    }
}
