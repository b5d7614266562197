package com.wildrydes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.directory.UserPage;
import com.wildrydes.signin.TestTokens;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Through a real server (where /error renders, unlike in MockMvc): a signed-in rider who is not an
 * admin meets the site's own 403 page in its layout; an admin signing in the usual way gets the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
        "wildrydes.cognito.client-id=abcdefghijklmnopqrstuvwxyz"})
class UsersPageAccessTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @MockitoBean
    CognitoAuthService cognito;

    @MockitoBean
    UserDirectory users;

    @Test
    void usersPageWhenSignedInRiderThenTheSitesForbiddenPageInTheLayout() throws Exception {
        given(cognito.signIn(TestTokens.EMAIL, "Correct-Horse-9")).willReturn(TestTokens.authenticated());
        HttpClient browser = signedInAs(TestTokens.EMAIL);

        HttpResponse<String> page = browser.send(request("/admin/users").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("class=\"site-header\"", "This gate is closed")
                .doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void usersPageWhenSignedInAdminThenTheList() throws Exception {
        given(cognito.signIn(TestAdmins.ADMIN_EMAIL, "Correct-Horse-9")).willReturn(TestAdmins.adminSignIn());
        given(users.listUsers(any(), any())).willReturn(new UserPage(
                List.of(TestAdmins.user("ann@example.com", "CONFIRMED")), null));
        given(users.groupsOf(any())).willReturn(List.of());
        given(users.isMember(TestAdmins.ADMIN_SUB, "admins")).willReturn(true);
        HttpClient browser = signedInAs(TestAdmins.ADMIN_EMAIL);

        HttpResponse<String> page = browser.send(request("/admin/users").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ann@example.com", "href=\"/admin/users\"");
    }

    /** Signs in through the real sign-in page, keeping the session cookie as a browser would. */
    private HttpClient signedInAs(String email) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(request("/signin").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=Correct-Horse-9&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(request("/signin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("sign-in redirects").isEqualTo(302);
        return browser;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }
}
