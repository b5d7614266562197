package com.wildrydes.localpool.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** SignUp through the AWS SDK. */
class SignUpActionTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @Test
    void signUpWhenNewEmailThenUnconfirmedUserAndCodeEmailedToTheOutbox() {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());

        SignUpResponse response = signUp(seed, "ann@example.com", PoolExamples.PASSWORD);

        assertThat(response.userConfirmed()).isFalse();
        assertThat(response.userSub()).matches("[0-9a-f-]{36}");
        assertThat(response.codeDeliveryDetails().destination()).isEqualTo("a***@e***");
        assertThat(response.codeDeliveryDetails().deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(response.codeDeliveryDetails().attributeName()).isEqualTo("email");
        var mail = pool.outbox().get(0);
        assertThat(mail.destination()).isEqualTo("ann@example.com");
        assertThat(mail.subject()).isEqualTo("Your verification code");
        assertThat(mail.body()).matches("Your verification code is \\d{6}\\.");
    }

    @Test
    void signUpWhenEmailPoolThenStoredUsernameIsTheSub() {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());

        String sub = signUp(seed, "ann@example.com", PoolExamples.PASSWORD).userSub();

        var user = pool.cognito().adminGetUser(request -> request.userPoolId(seed.poolId()).username(sub));
        assertThat(user.username()).isEqualTo(sub);
    }

    @Test
    void signUpWhenEmailAlreadyUsedInAnyCaseThenUsernameExistsWithCognitosEmailMessage() {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        signUp(seed, "ann@example.com", PoolExamples.PASSWORD);

        assertThatThrownBy(() -> signUp(seed, "ANN@Example.com", PoolExamples.PASSWORD))
                .isInstanceOf(UsernameExistsException.class)
                .hasMessageContaining("An account with the given email already exists.");
    }

    @Test
    void signUpWhenUsernameTakenInAUsernamePoolThenUserAlreadyExists() {
        PoolAndClient classic = PoolExamples.webApp(pool.cognito(), PoolExamples.usernamePool(pool.cognito()));
        signUp(classic, "ann", PoolExamples.PASSWORD);

        assertThatThrownBy(() -> signUp(classic, "Ann", PoolExamples.PASSWORD))
                .isInstanceOf(UsernameExistsException.class)
                .hasMessageContaining("User already exists");
    }

    @ParameterizedTest
    @CsvSource({
            "Short1!, Password not long enough",
            "unicorn-ride1, Password must have uppercase characters",
            "UNICORN-RIDE1, Password must have lowercase characters",
            "Unicorn-Ride, Password must have numeric characters",
            "UnicornRide1, Password must have symbol characters"})
    void signUpWhenPasswordBreaksTheDefaultPolicyThenInvalidPasswordNamesTheRule(String password, String rule) {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());

        assertThatThrownBy(() -> signUp(seed, "ann@example.com", password))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessageContaining("Password did not conform with policy: " + rule);
    }

    @Test
    void signUpWhenUsernameIsNotAnEmailInAnEmailPoolThenInvalidParameter() {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());

        assertThatThrownBy(() -> signUp(seed, "ann", PoolExamples.PASSWORD))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Username should be an email.");
    }

    @Test
    void signUpWhenClientUnknownThenResourceNotFound() {
        PoolExamples.seed(pool.cognito());
        PoolAndClient unknown = new PoolAndClient("p", "abcdefghijklmnopqrstuvwxyz", null);

        assertThatThrownBy(() -> signUp(unknown, "ann@example.com", PoolExamples.PASSWORD))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void signUpWhenClientHasASecretAndNoSecretHashThenNotAuthorized() {
        PoolAndClient server = PoolExamples.clientWithSecret(pool.cognito(), PoolExamples.emailPool(pool.cognito()));

        assertThatThrownBy(() -> signUp(server, "ann@example.com", PoolExamples.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Client " + server.clientId()
                        + " is configured with secret but SECRET_HASH was not received");
    }

    @Test
    void signUpWhenSecretHashIsWrongThenNotAuthorized() {
        PoolAndClient server = PoolExamples.clientWithSecret(pool.cognito(), PoolExamples.emailPool(pool.cognito()));

        assertThatThrownBy(() -> pool.cognito().signUp(request -> request.clientId(server.clientId())
                .username("ann@example.com").password(PoolExamples.PASSWORD)
                .secretHash(secretHash(server, "bob@example.com"))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Unable to verify secret hash for client " + server.clientId());
    }

    @Test
    void signUpWhenSecretHashIsRightThenSignedUp() {
        PoolAndClient server = PoolExamples.clientWithSecret(pool.cognito(), PoolExamples.emailPool(pool.cognito()));

        SignUpResponse response = pool.cognito().signUp(request -> request.clientId(server.clientId())
                .username("ann@example.com").password(PoolExamples.PASSWORD)
                .secretHash(secretHash(server, "ann@example.com")));

        assertThat(response.userConfirmed()).isFalse();
    }

    @Test
    void signUpNeverWritesTheCodeOrPasswordToTheStoreFiles() throws Exception {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        signUp(seed, "ann@example.com", PoolExamples.PASSWORD);
        String code = pool.lastCodeSentTo("ann@example.com");

        // the SQLite store: the committed rows are in pool.db-wal until a checkpoint moves them into pool.db
        String journal = new String(java.nio.file.Files.readAllBytes(pool.dataDir().resolve("pool.db")),
                java.nio.charset.StandardCharsets.ISO_8859_1) + new String(java.nio.file.Files.readAllBytes(
                pool.dataDir().resolve("pool.db-wal")), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(journal).contains("ann@example.com").doesNotContain(PoolExamples.PASSWORD).doesNotContain(code);
    }

    private SignUpResponse signUp(PoolAndClient client, String username, String password) {
        return pool.cognito().signUp(request -> request.clientId(client.clientId()).username(username)
                .password(password));
    }

    static String secretHash(PoolAndClient client, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(client.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((username + client.clientId()).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
