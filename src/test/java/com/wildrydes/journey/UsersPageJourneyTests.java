package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.testsupport.SiteVisitor.Page;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The users page over real HTTP through the embedded local pool: an administrator (listed in
 * {@code wildrydes.local-pool.admins}, so in {@code admins} once verified) signs in through /signin and
 * manages riders; every change is read back from the pool through the site's own UserDirectory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0",
        "wildrydes.local-pool.admins=" + UsersPageJourneyTests.ADMIN})
class UsersPageJourneyTests {

    static final String ADMIN = "chief@example.com";
    private static final String RIDER = "plain-rider@example.com";
    private static final String PASSWORD = "Unicorn-Rides-42";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b\\d{6}\\b");
    private static final Pattern NEXT_PAGE = Pattern.compile("href=\"([^\"]+)\"\\s+rel=\"next\"");

    @TempDir
    static Path poolData;

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) {
        registry.add("wildrydes.local-pool.data-dir", poolData::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Autowired
    Outbox outbox;

    /** The context (and its pool) is shared by the tests of this class: the two accounts are made once. */
    private static boolean registered;

    @BeforeEach
    void registerTheAdminAndARider() {
        if (registered) {
            return;
        }
        registered = true;
        for (String email : List.of(ADMIN, RIDER)) {
            SiteVisitor newcomer = visitor();
            newcomer.submit("/register", "/register",
                    Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
            Page verified = newcomer.submit("/verify", "/verify", Map.of("email", email, "code", codeSentTo(email)));
            assertThat(verified.path()).isEqualTo("/ride"); // verifying signs the rider in (SignUp's Session)
        }
    }

    @Test
    void usersPageWhenAdminSignedInThroughSigninThenListsRegisteredUsersWithStatus() {
        Page list = signedIn(ADMIN).get("/admin/users");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(ADMIN, RIDER, "Confirmed", "(you)");
    }

    @Test
    void usersPageWhenRiderNotInAdminsThenForbiddenPageInTheLayout() {
        Page refused = signedIn(RIDER).get("/admin/users");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("class=\"site-header\"", "This gate is closed").doesNotContain(ADMIN);
    }

    @Test
    void createUserThroughThePageLeavesThemWaitingForANewPassword() {
        SiteVisitor admin = signedIn(ADMIN);
        String email = "invited@example.com";

        Page created = admin.submit("/admin/users", "/admin/users",
                Map.of("email", email, "temporaryPassword", "Temp-Pass-2026", "q", "", "page", ""));

        assertThat(created.path()).isEqualTo("/admin/users");
        assertThat(admin.follow(created).body()).contains(email);
        DirectoryUser invited = only(email);
        assertThat(invited.status()).isEqualTo("FORCE_CHANGE_PASSWORD");
        assertThat(invited.emailVerified()).isTrue();
        Page signIn = visitor().submit("/signin", "/signin", Map.of("email", email, "password", "Temp-Pass-2026"));
        assertThat(signIn.path()).isEqualTo("/new-password");
    }

    @Test
    void eachRowActionThroughThePageChangesThePoolAndReturnsToTheSameSearch() {
        String email = "managed@example.com";
        visitor().submit("/register", "/register",
                Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        String username = only(email).username();
        SiteVisitor admin = signedIn(ADMIN);

        act(admin, email, username, "confirm");
        assertThat(only(email).status()).isEqualTo("CONFIRMED");
        act(admin, email, username, "disable");
        assertThat(only(email).enabled()).isFalse();
        act(admin, email, username, "enable");
        assertThat(only(email).enabled()).isTrue();
        act(admin, email, username, "make-admin");
        assertThat(directory.groupsOf(username)).containsExactly("admins");
        act(admin, email, username, "remove-admin");
        assertThat(directory.groupsOf(username)).isEmpty();
        act(admin, email, username, "delete");
        assertThat(directory.listUsers(email, null).users()).isEmpty();
    }

    @Test
    void usersPageWhenMoreThan25MatchThenNextPageShowsTheRest() {
        IntStream.rangeClosed(1, 30).forEach(n -> directory.createUser(
                "fleet-%02d@example.com".formatted(n), "Temp-Pass-2026"));
        SiteVisitor admin = signedIn(ADMIN);

        Page first = admin.get("/admin/users?q=fleet-");
        Set<String> firstRows = fleetEmails(first.body());
        Matcher next = NEXT_PAGE.matcher(first.body());
        assertThat(next.find()).as("a Next page link").isTrue();
        Page second = admin.get(next.group(1).replace("&amp;", "&"));

        assertThat(firstRows).hasSize(25);
        Set<String> secondRows = fleetEmails(second.body());
        assertThat(secondRows).hasSize(5).doesNotContainAnyElementsOf(firstRows);
        assertThat(second.body()).doesNotContain("rel=\"next\"").contains("First page");
    }

    @Test
    void searchWithQuoteAndBackslashFindsExactlyThoseUsers() {
        directory.createUser("o\"brien\\x@example.com", "Temp-Pass-2026");
        directory.createUser("obrien@example.com", "Temp-Pass-2026");
        SiteVisitor admin = signedIn(ADMIN);

        Page found = admin.get("/admin/users?q=" + java.net.URLEncoder.encode("o\"brien\\",
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("o&quot;brien\\x@example.com").doesNotContain("obrien@example.com");
        assertThat(admin.get("/admin/users?q=%5C%22%5C").body()).contains("No user has an email starting with");
    }

    /** Asks first (the page without JavaScript), then confirms, from a list searched for this user. */
    private void act(SiteVisitor admin, String email, String username, String action) {
        String path = "/admin/users/" + username + "/" + action;
        Page list = admin.get("/admin/users?q=" + email);
        assertThat(list.body()).as("the row offers " + action).contains("action=\"" + path + "\"");
        Map<String, String> fields = new HashMap<>(Map.of("_csrf", list.csrf(), "email", email, "q", email,
                "page", ""));
        assertThat(admin.post(path, fields).body()).as("asked first").contains("name=\"confirm\"");
        fields.put("confirm", "true");

        Page done = admin.post(path, fields);

        assertThat(done.location()).endsWith("/admin/users?q=" + email.replace("@", "%40"));
        assertThat(admin.follow(done).body()).contains(email).contains("notice--success");
    }

    private DirectoryUser only(String email) {
        List<DirectoryUser> users = directory.listUsers(email, null).users();
        assertThat(users).as(email).hasSize(1);
        return users.get(0);
    }

    private static Set<String> fleetEmails(String body) {
        Set<String> emails = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("fleet-\\d\\d@example\\.com").matcher(body);
        while (matcher.find()) {
            emails.add(matcher.group());
        }
        return emails;
    }

    private SiteVisitor signedIn(String email) {
        SiteVisitor visitor = visitor();
        Page signedIn = visitor.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));
        assertThat(signedIn.status()).as("sign-in redirects").isEqualTo(302);
        return visitor;
    }

    private SiteVisitor visitor() {
        return new SiteVisitor("http://127.0.0.1:" + port);
    }

    private String codeSentTo(String email) {
        return outbox.newestFirst().stream().filter(message -> message.destination().equalsIgnoreCase(email))
                .findFirst().map(message -> {
                    Matcher code = SIX_DIGITS.matcher(message.body());
                    assertThat(code.find()).as("a code in the email to " + email).isTrue();
                    return code.group();
                }).orElseThrow(() -> new AssertionError("no email to " + email));
    }
}
