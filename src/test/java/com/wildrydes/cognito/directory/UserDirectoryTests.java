package com.wildrydes.cognito.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.wildrydes.cognito.CognitoWire.answer;
import static com.wildrydes.cognito.CognitoWire.error;
import static com.wildrydes.cognito.CognitoWire.json;
import static com.wildrydes.cognito.CognitoWire.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

/** The admin page's user directory against Cognito's wire format: ListUsers pages, filters, and each action. */
class UserDirectoryTests {

    static final CognitoPool POOL = new CognitoPool("ap-northeast-2_WildRydes1", "4lq0k1o2ab3cd4ef5gh6ij7kl8", null);
    static final String POOL_ID = POOL.userPoolId();
    static final String USERNAME = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

    final CognitoWire wire = new CognitoWire();
    final CognitoIdentityProviderClient client = wire.client();
    final UserDirectory directory = new UserDirectory(client, SiteUserPool.configured(POOL));

    @AfterEach
    void stop() {
        client.close();
        wire.close();
    }

    @Test
    void listUsersAsksForAPageOf25AndMapsEachUser() {
        wire.stub("ListUsers", answer("{\"Users\":[" + user(USERNAME, "rider@example.com", "CONFIRMED", true)
                + "," + user("b2c3", "new@example.com", "FORCE_CHANGE_PASSWORD", false) + "],\"PaginationToken\":\"page-2\"}"));

        UserPage page = directory.listUsers("", null);

        JsonNode sent = wire.sent("ListUsers");
        assertThat(sent.get("UserPoolId").asString()).isEqualTo(POOL_ID);
        assertThat(sent.get("Limit").asInt()).isEqualTo(25);
        assertThat(sent.has("Filter")).as("a blank search lists everyone").isFalse();
        assertThat(sent.has("PaginationToken")).isFalse();
        assertThat(page.nextToken()).isEqualTo("page-2");
        assertThat(page.users()).containsExactly(
                new DirectoryUser(USERNAME, "rider@example.com", "CONFIRMED", true, true,
                        Instant.parse("2026-11-27T09:05:03.250Z"), Instant.parse("2026-11-28T10:00:00Z")),
                new DirectoryUser("b2c3", "new@example.com", "FORCE_CHANGE_PASSWORD", false, false,
                        Instant.parse("2026-11-27T09:05:03.250Z"), Instant.parse("2026-11-28T10:00:00Z")));
    }

    @Test
    void listUsersFollowsThePaginationTokenItIsGivenAndEndsWhenCognitoGivesNone() {
        wire.server.stubFor(operation("ListUsers").withRequestBody(containing("\"PaginationToken\":\"page-2\""))
                .willReturn(answer("{\"Users\":[" + user("c3d4", "last@example.com", "UNCONFIRMED", false) + "]}")));
        wire.server.stubFor(operation("ListUsers").withRequestBody(notContaining("PaginationToken"))
                .willReturn(answer("{\"Users\":[],\"PaginationToken\":\"page-2\"}")));

        UserPage second = directory.listUsers("ri", "page-2");

        assertThat(second.users()).extracting(DirectoryUser::username).containsExactly("c3d4");
        assertThat(second.hasNext()).isFalse();
        assertThat(wire.sent("ListUsers").get("Filter").asString()).isEqualTo("email ^= \"ri\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            rider                | email ^= "rider"
            '  rider@ex  '       | email ^= "rider@ex"
            a"b                  | email ^= "a\\"b"
            back\\slash          | email ^= "back\\\\slash"
            '\\" or email ^= "'  | email ^= "\\\\\\" or email ^= \\""
            """)
    void listUsersEscapesQuotesAndBackslashesSoTheSearchStaysOneValue(String typed, String filter) {
        wire.stub("ListUsers", answer("{\"Users\":[]}"));

        directory.listUsers(typed, null);

        assertThat(wire.sent("ListUsers").get("Filter").asString()).isEqualTo(filter);
    }

    @Test
    void createUserSendsAVerifiedEmailTheTemporaryPasswordAndAskForAnEmail() {
        wire.stub("AdminCreateUser", answer("{\"User\":" + user(USERNAME, "new@example.com", "FORCE_CHANGE_PASSWORD", false) + "}"));

        directory.createUser("new@example.com", "Tmp-Passw0rd!");

        JsonNode sent = wire.sent("AdminCreateUser");
        assertThat(sent.get("UserPoolId").asString()).isEqualTo(POOL_ID);
        assertThat(sent.get("Username").asString()).isEqualTo("new@example.com");
        assertThat(sent.get("UserAttributes")).isEqualTo(json("[{\"Name\":\"email\",\"Value\":\"new@example.com\"},"
                + "{\"Name\":\"email_verified\",\"Value\":\"true\"}]"));
        assertThat(sent.get("TemporaryPassword").asString()).isEqualTo("Tmp-Passw0rd!");
        assertThat(sent.get("DesiredDeliveryMediums")).isEqualTo(json("[\"EMAIL\"]"));
        assertThat(sent.has("MessageAction")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AdminConfirmSignUp       | confirm
            AdminDisableUser         | disable
            AdminEnableUser          | enable
            AdminDeleteUser          | delete
            """)
    void eachUserActionNamesThePoolAndTheUserAndIsSigned(String operation, String action) {
        wire.stub(operation, answer("{}"));

        actions(action).accept(directory);

        JsonNode sent = wire.sent(operation);
        assertThat(sent.get("UserPoolId").asString()).isEqualTo(POOL_ID);
        assertThat(sent.get("Username").asString()).isEqualTo(USERNAME);
        assertThat(wire.requests(operation).get(0).getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256");
    }

    @Test
    void addToAndRemoveFromAGroupNameTheGroup() {
        wire.stub("AdminAddUserToGroup", answer("{}"));
        wire.stub("AdminRemoveUserFromGroup", answer("{}"));

        directory.addToGroup(USERNAME, "admins");
        directory.removeFromGroup(USERNAME, "admins");

        assertThat(wire.sent("AdminAddUserToGroup")).isEqualTo(json("{\"UserPoolId\":\"" + POOL_ID
                + "\",\"Username\":\"" + USERNAME + "\",\"GroupName\":\"admins\"}"));
        assertThat(wire.sent("AdminRemoveUserFromGroup").get("GroupName").asString()).isEqualTo("admins");
    }

    @Test
    void groupsOfReadsEveryPage() {
        wire.server.stubFor(operation("AdminListGroupsForUser").withRequestBody(notContaining("NextToken"))
                .willReturn(answer("{\"Groups\":[{\"GroupName\":\"admins\"}],\"NextToken\":\"more\"}")));
        wire.server.stubFor(operation("AdminListGroupsForUser").withRequestBody(containing("\"NextToken\":\"more\""))
                .willReturn(answer("{\"Groups\":[{\"GroupName\":\"riders\"}]}")));

        assertThat(directory.groupsOf(USERNAME)).containsExactly("admins", "riders");
    }

    @Test
    void isMemberWhenTheGroupIsOnALaterPageThenTrueAndFalseForAGroupNotListed() {
        wire.server.stubFor(operation("AdminListGroupsForUser").withRequestBody(notContaining("NextToken"))
                .willReturn(answer("{\"Groups\":[{\"GroupName\":\"riders\"}],\"NextToken\":\"more\"}")));
        wire.server.stubFor(operation("AdminListGroupsForUser").withRequestBody(containing("\"NextToken\":\"more\""))
                .willReturn(answer("{\"Groups\":[{\"GroupName\":\"admins\"}]}")));

        assertThat(directory.isMember(USERNAME, "admins")).isTrue();
        assertThat(directory.isMember(USERNAME, "owners")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ListUsers           | list    | AccessDeniedException       | ACCESS_DENIED
            ListUsers           | list    | NotAuthorizedException      | ACCESS_DENIED
            ListUsers           | list    | UnrecognizedClientException | ACCESS_DENIED
            ListUsers           | list    | InvalidParameterException   | INVALID_PARAMETER
            AdminCreateUser     | create  | UsernameExistsException     | USERNAME_EXISTS
            AdminCreateUser     | create  | InvalidPasswordException    | INVALID_PASSWORD
            AdminDeleteUser     | delete  | UserNotFoundException       | USER_NOT_FOUND
            AdminAddUserToGroup | promote | ResourceNotFoundException   | UNAVAILABLE
            """)
    void failuresMapThroughTheOneErrorTable(String operation, String action, String type, CognitoFailureReason expected) {
        wire.stub(operation, error(400, type, "refused"));

        CognitoAuthException thrown = catchThrowableOfType(CognitoAuthException.class,
                () -> actions(action).accept(directory));

        assertThat(thrown.failure()).isEqualTo(expected);
        assertThat(thrown.cognitoCode()).isEqualTo(type);
        assertThat(thrown.getMessage()).doesNotContain("Tmp-Passw0rd!");
    }

    private static Consumer<UserDirectory> actions(String action) {
        return switch (action) {
            case "confirm" -> d -> d.confirm(USERNAME);
            case "disable" -> d -> d.disable(USERNAME);
            case "enable" -> d -> d.enable(USERNAME);
            case "delete" -> d -> d.delete(USERNAME);
            case "list" -> d -> d.listUsers("a", null);
            case "create" -> d -> d.createUser("new@example.com", "Tmp-Passw0rd!");
            case "promote" -> d -> d.addToGroup(USERNAME, "admins");
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** A UserType as Cognito sends it: dates as epoch seconds with a fraction. */
    static String user(String username, String email, String status, boolean verifiedAndEnabled) {
        return """
                {"Username":"%s","Attributes":[{"Name":"sub","Value":"%s"},{"Name":"email","Value":"%s"},\
                {"Name":"email_verified","Value":"%s"}],"UserCreateDate":1.79577030325E9,\
                "UserLastModifiedDate":1.79586E9,"Enabled":%s,"UserStatus":"%s"}"""
                .formatted(username, username, email, verifiedAndEnabled, verifiedAndEnabled, status);
    }
}
