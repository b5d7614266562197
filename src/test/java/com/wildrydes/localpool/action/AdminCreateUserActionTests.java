package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.outbox.OutboxMessage;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * AdminCreateUser through the AWS SDK, beyond AdminActionsTests: the invitation in the outbox and its
 * password, delivery choices, and the refusals (ported from pool-admin).
 */
class AdminCreateUserActionTests {

    static final String ANN = "ann@example.com";
    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @Test
    void adminCreateUserWhenEmailPoolThenUuidUsernameForcedPasswordChangeAndInvitationWithAWorkingPassword() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        UserType user = create(poolId, request -> request.username(ANN)
                .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

        assertThat(user.username()).isEqualTo(attributesOf(user).get("sub")).matches("[0-9a-f-]{36}");
        assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(user.enabled()).isTrue();
        assertThat(user.userCreateDate()).isEqualTo(LocalPoolFixture.START);
        assertThat(attributesOf(user)).containsEntry("email", ANN).containsEntry("email_verified", "false");
        OutboxMessage invitation = pool.outbox().get(0);
        assertThat(invitation.destination()).isEqualTo(ANN);
        assertThat(invitation.subject()).isEqualTo("Your temporary password");
        Matcher body = invitationBody(invitation);
        assertThat(body.group(1)).isEqualTo(ANN);
        assertThat(body.group(2)).hasSizeGreaterThanOrEqualTo(12).matches(".*[A-Z].*").matches(".*[a-z].*")
                .matches(".*[0-9].*").matches(".*[^A-Za-z0-9].*");
        assertThat(passwordWorks(poolId, ANN, body.group(2))).isTrue();
    }

    @Test
    void adminCreateUserWhenUsernamePoolAndPasswordGivenThenInvitationNamesThemAndThatPassword() {
        String poolId = PoolExamples.usernamePool(pool.cognito());

        UserType user = create(poolId, request -> request.username("ann").temporaryPassword(PoolExamples.PASSWORD)
                .userAttributes(attribute("email", ANN)));

        assertThat(user.username()).isEqualTo("ann");
        assertThat(pool.outbox()).singleElement().extracting(OutboxMessage::body)
                .isEqualTo("Your username is ann and temporary password is " + PoolExamples.PASSWORD + ".");
        assertThat(passwordWorks(poolId, "ann", PoolExamples.PASSWORD)).isTrue();
    }

    @Test
    void adminCreateUserWhenSuppressThenNothingIsEmailed() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        create(poolId, request -> request.username(ANN).messageAction(MessageActionType.SUPPRESS));

        assertThat(pool.outbox()).isEmpty();
    }

    @Test
    void adminCreateUserWhenEmailVerifiedGivenAsTrueThenTheAddressCountsAsVerified() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        UserType user = create(poolId, request -> request.username(ANN)
                .userAttributes(attribute("email_verified", "true")));

        assertThat(attributesOf(user)).containsEntry("email_verified", "true");
    }

    @Test
    void adminCreateUserWhenEmailAlreadyUsedInAnyCaseThenUsernameExists() {
        String poolId = PoolExamples.emailPool(pool.cognito());
        create(poolId, request -> request.username(ANN));

        assertThatThrownBy(() -> create(poolId, request -> request.username("Ann@Example.com")))
                .isInstanceOf(UsernameExistsException.class);
    }

    @Test
    void adminCreateUserWhenUsernameTakenThenUserAlreadyExists() {
        String poolId = PoolExamples.usernamePool(pool.cognito());
        create(poolId, request -> request.username("ann"));

        assertThatThrownBy(() -> create(poolId, request -> request.username("ANN")))
                .isInstanceOf(UsernameExistsException.class);
    }

    @Test
    void adminCreateUserWhenTemporaryPasswordBreaksThePolicyThenInvalidPassword() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        assertThatThrownBy(() -> create(poolId, request -> request.username(ANN).temporaryPassword("Sh0rt!")))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageContaining("Password did not conform with policy: Password not long enough");
    }

    @Test
    void adminCreateUserWhenEmailPoolAndUsernameIsNoEmailThenInvalidParameter() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        assertThatThrownBy(() -> create(poolId, request -> request.username("ann")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Username should be an email.");
    }

    @Test
    void adminCreateUserWhenMessageActionUnknownThenValidationError() {
        String poolId = PoolExamples.emailPool(pool.cognito());

        assertThatThrownBy(() -> create(poolId, request -> request.username(ANN).messageAction("SHOUT")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Value 'SHOUT' at 'messageAction' failed to satisfy constraint");
    }

    @Test
    void adminCreateUserWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> create("ap-northeast-2_Nope12345", request -> request.username(ANN)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static final Pattern INVITATION = Pattern.compile(
            "Your username is (\\S+) and temporary password is (\\S+)\\.");

    /** The invitation's body, matched: group 1 is the username it names, group 2 the temporary password. */
    private static Matcher invitationBody(OutboxMessage invitation) {
        Matcher body = INVITATION.matcher(invitation.body());
        assertThat(body.matches()).as("invitation body").isTrue();
        return body;
    }

    /** Whether signing in with {@code password} is asked for a new password, as a temporary one must be. */
    private boolean passwordWorks(String poolId, String username, String password) {
        String clientId = PoolExamples.webApp(pool.cognito(), poolId).clientId();
        return pool.cognito().initiateAuth(request -> request.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)))
                .challengeName() == ChallengeNameType.NEW_PASSWORD_REQUIRED;
    }

    private static Map<String, String> attributesOf(UserType user) {
        return user.attributes().stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private UserType create(String poolId, Consumer<AdminCreateUserRequest.Builder> options) {
        return pool.cognito().adminCreateUser(request -> options.accept(request.userPoolId(poolId))).user();
    }
}
