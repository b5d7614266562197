package com.wildrydes.system.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.wildrydes.cognito.token.VerifiedIdentity;
import com.wildrydes.signin.NewPasswordChallenge;
import com.wildrydes.signin.PasskeyChallenge;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.signin.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.instancio.Instancio;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every page and form of the site with the parameters its controller reads (listed from the controllers and
 * their form records), and who may open it. {@link #generated()} fills it with {@link HostileValues}: each
 * field missing, once or repeated, plus parameters nobody asked for, and a valid CSRF token so the
 * controller is reached.
 */
record SiteForm(HttpMethod method, String path, Visitor visitor, List<String> fields) {

    enum Visitor { ANONYMOUS, CHALLENGED, RIDER, ADMIN }

    private static final List<String> ACTIONS = List.of("disable", "enable", "delete", "confirm", "make-admin",
            "remove-admin", "sign-out", "", "..", "%2e");

    static List<SiteForm> all() {
        List<String> none = List.of();
        List<String> position = List.of("q", "page");
        return List.of(
                form(HttpMethod.GET, "/", Visitor.ANONYMOUS, none),
                form(HttpMethod.GET, "/signin", Visitor.ANONYMOUS, List.of("continue")),
                form(HttpMethod.POST, "/signin", Visitor.ANONYMOUS, List.of("email", "password", "continue")),
                form(HttpMethod.POST, "/signin/email-code/send", Visitor.ANONYMOUS,
                        List.of("email", "password", "continue")),
                form(HttpMethod.GET, "/signin/email-code", Visitor.ANONYMOUS, List.of("continue")),
                form(HttpMethod.POST, "/signin/email-code", Visitor.ANONYMOUS, List.of("code", "continue")),
                form(HttpMethod.POST, "/signin/passkey/start", Visitor.ANONYMOUS,
                        List.of("email", "password", "continue")),
                form(HttpMethod.GET, "/signin/passkey", Visitor.CHALLENGED, List.of("continue")),
                form(HttpMethod.POST, "/signin/passkey", Visitor.CHALLENGED, List.of("credential", "failure", "continue")),
                form(HttpMethod.GET, "/register", Visitor.ANONYMOUS, none),
                form(HttpMethod.POST, "/register", Visitor.ANONYMOUS, List.of("email", "password", "confirmPassword")),
                form(HttpMethod.GET, "/verify", Visitor.ANONYMOUS, none),
                form(HttpMethod.POST, "/verify", Visitor.ANONYMOUS, List.of("email", "code")),
                form(HttpMethod.POST, "/verify/resend", Visitor.ANONYMOUS, List.of("email", "code")),
                form(HttpMethod.GET, "/forgot-password", Visitor.ANONYMOUS, none),
                form(HttpMethod.POST, "/forgot-password", Visitor.ANONYMOUS, List.of("email")),
                form(HttpMethod.GET, "/reset-password", Visitor.ANONYMOUS, none),
                form(HttpMethod.POST, "/reset-password", Visitor.ANONYMOUS,
                        List.of("email", "code", "password", "confirmPassword")),
                form(HttpMethod.POST, "/reset-password/resend", Visitor.ANONYMOUS,
                        List.of("email", "code", "password", "confirmPassword")),
                form(HttpMethod.GET, "/new-password", Visitor.CHALLENGED, List.of("continue")),
                form(HttpMethod.POST, "/new-password", Visitor.CHALLENGED,
                        List.of("password", "confirmPassword", "continue")),
                form(HttpMethod.POST, "/new-password", Visitor.ANONYMOUS, List.of("password", "confirmPassword")),
                form(HttpMethod.GET, "/ride", Visitor.RIDER, none),
                form(HttpMethod.GET, "/account", Visitor.RIDER, none),
                form(HttpMethod.POST, "/account", Visitor.RIDER, List.of("currentPassword", "password", "confirmPassword")),
                form(HttpMethod.POST, "/account/passkeys/start", Visitor.RIDER, none),
                form(HttpMethod.GET, "/account/passkeys", Visitor.RIDER, none),
                form(HttpMethod.POST, "/account/passkeys", Visitor.RIDER, List.of("credential", "failure")),
                form(HttpMethod.POST, "/account/passkeys/delete", Visitor.RIDER, List.of("credentialId")),
                form(HttpMethod.POST, "/signout", Visitor.RIDER, none),
                form(HttpMethod.GET, "/admin/users", Visitor.ADMIN, position),
                form(HttpMethod.POST, "/admin/users", Visitor.ADMIN, List.of("email", "temporaryPassword", "q", "page")),
                form(HttpMethod.POST, "/admin/users/{username}/{action}", Visitor.ADMIN,
                        List.of("email", "confirm", "q", "page")),
                form(HttpMethod.PUT, "/register", Visitor.ANONYMOUS, List.of("email")),
                form(HttpMethod.DELETE, "/account", Visitor.RIDER, none),
                form(HttpMethod.PATCH, "/admin/users", Visitor.ADMIN, position));
    }

    private static SiteForm form(HttpMethod method, String path, Visitor visitor, List<String> fields) {
        return new SiteForm(method, path, visitor, fields);
    }

    /** This form as one generated request would send it. */
    MockHttpServletRequestBuilder generated() {
        MockHttpServletRequestBuilder request = path.contains("{")
                ? MockMvcRequestBuilders.request(method, path, HostileValues.any(), actionPath())
                : MockMvcRequestBuilders.request(method, path);
        for (String field : fields) {
            int times = Instancio.gen().ints().range(0, 5).get(); // 0: missing; 3 or more: repeated
            if (times > 0) {
                request.param(field, values(Math.max(1, times - 2)));
            }
        }
        if (Instancio.gen().booleans().probability(0.3).get()) {
            request.param(HostileValues.extraName(fields), HostileValues.any());
        }
        if (Instancio.gen().booleans().probability(0.2).get()) {
            request.param("lang", HostileValues.any());
        }
        return request.with(csrf()).header("Accept-Language", Instancio.gen().oneOf("en", "ko", "ko-KR,en;q=0.5").get())
                .session(session());
    }

    private static String[] values(int count) {
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = HostileValues.any();
        }
        return values;
    }

    private static String actionPath() {
        return Instancio.gen().booleans().get() ? Instancio.gen().oneOf(ACTIONS).get() : HostileValues.any();
    }

    private MockHttpSession session() {
        MockHttpSession session = new MockHttpSession();
        if (visitor == Visitor.CHALLENGED) {
            session.setAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE,
                    new NewPasswordChallenge("user-uuid", "challenge-session", Instant.now()));
            session.setAttribute(PasskeyChallenge.SESSION_ATTRIBUTE, new PasskeyChallenge(HostileValues.any(),
                    "user-uuid", "web-authn-session", "{\"challenge\":\"" + HostileValues.any() + "\"}", Instant.now()));
        }
        return session;
    }

    /** The signed-in user this form needs, if any. */
    Authentication signedIn() {
        return switch (visitor) {
            case RIDER -> TestTokens.riderAuthentication();
            case ADMIN -> admin();
            default -> null;
        };
    }

    private static Authentication admin() {
        String sub = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        VerifiedIdentity identity = new VerifiedIdentity(sub, sub, "boss@example.com", true, List.of("admins"),
                TestTokens.FRESH_UNTIL, Map.of("sub", sub, "email", "boss@example.com"));
        SignedInUser user = new SignedInUser(TestTokens.forRider("boss@example.com", sub), identity);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    MockHttpServletRequestBuilder generatedAs() {
        Authentication user = signedIn();
        return user == null ? generated() : generated().with(authentication(user));
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + visitor.name().toLowerCase() + ")";
    }
}
