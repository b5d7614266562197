package com.wildrydes.provision;

import static com.wildrydes.provision.ProvisionWire.CLIENT_ID;
import static com.wildrydes.provision.ProvisionWire.POOL_ID;
import static com.wildrydes.provision.ProvisionWire.answer;
import static com.wildrydes.provision.ProvisionWire.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.cognito.provision.CognitoProvisioning;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The provision command end to end against a WireMock Cognito: what it prints, what it sends, how it fails. */
class ProvisionCommandTests {

    final ProvisionWire wire = new ProvisionWire();
    final ProvisionCommand command = new ProvisionCommand(CognitoProvisioning::connect);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void provisionWhenNothingExistsCreatesPoolClientAndAdminsGroupThenPrintsTheSettings() {
        wire.empty();

        assertThat(run("--region", "eu-west-1", "--endpoint", wire.endpoint())).isZero();

        assertThat(stdout()).isEqualTo(settings(""));
        assertThat(wire.sent("CreateUserPool").get("PoolName").asString()).isEqualTo("WildRydes");
        assertThat(wire.sent("CreateUserPool").get("UsernameAttributes").toString()).isEqualTo("[\"email\"]");
        var client = wire.sent("CreateUserPoolClient");
        assertThat(client.get("ClientName").asString()).isEqualTo("WildRydesWebApp");
        assertThat(client.get("GenerateSecret").asBoolean()).isFalse();
        assertThat(client.get("ExplicitAuthFlows").toString())
                .isEqualTo("[\"ALLOW_USER_SRP_AUTH\",\"ALLOW_USER_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]");
        assertThat(client.get("PreventUserExistenceErrors").asString()).isEqualTo("ENABLED");
        assertThat(wire.sent("CreateGroup").get("GroupName").asString()).isEqualTo("admins");
        assertThat(wire.sent("CreateGroup").get("UserPoolId").asString()).isEqualTo(POOL_ID);
        assertThat(wire.requests("ListUserPools").get(0).getHeader("Authorization")).contains("/eu-west-1/cognito-idp/");
    }

    @Test
    void provisionAgainFindsWhatTheFirstRunCreatedAndPrintsTheSameSettings() {
        wire.empty();
        run("--region", "eu-west-1", "--endpoint", wire.endpoint());
        String first = stdout();
        out.reset();
        wire.provisioned("");

        assertThat(run("--region", "eu-west-1", "--endpoint", wire.endpoint())).isZero();

        assertThat(stdout()).isEqualTo(first).isEqualTo(settings(""));
        assertThat(wire.requests("CreateUserPool")).hasSize(1);
        assertThat(wire.requests("CreateUserPoolClient")).hasSize(1);
        assertThat(wire.requests("CreateGroup")).hasSize(2);
    }

    @Test
    void provisionWithSecretAndPasswordAuthCreatesThatClientAndPrintsItsSecret() {
        wire.empty();
        wire.stub("CreateUserPoolClient", answer(ProvisionWire.client(",\"ClientSecret\":\"generated-s3cret\"")));

        assertThat(run("--region=eu-west-1", "--endpoint=" + wire.endpoint(), "--with-secret", "--password-auth",
                "--pool-name", "WildRydes", "--client-name", "WildRydesServer")).isZero();

        assertThat(stdout()).isEqualTo(settings("COGNITO_CLIENT_SECRET=generated-s3cret\n"));
        var client = wire.sent("CreateUserPoolClient");
        assertThat(client.get("ClientName").asString()).isEqualTo("WildRydesServer");
        assertThat(client.get("GenerateSecret").asBoolean()).isTrue();
        assertThat(client.get("ExplicitAuthFlows").toString())
                .isEqualTo("[\"ALLOW_USER_SRP_AUTH\",\"ALLOW_USER_PASSWORD_AUTH\",\"ALLOW_USER_AUTH\","
                        + "\"ALLOW_REFRESH_TOKEN_AUTH\"]");
        assertThat(wire.sent("CreateUserPool").get("Policies").get("SignInPolicy").toString())
                .isEqualTo("{\"AllowedFirstAuthFactors\":[\"PASSWORD\"]}");
    }

    @Test
    void provisionWithEmailCodesCreatesThePoolWithEmailOtpBesideThePassword() {
        wire.empty();

        assertThat(run("--region=eu-west-1", "--endpoint=" + wire.endpoint(), "--email-codes")).isZero();

        assertThat(wire.sent("CreateUserPool").get("Policies").get("SignInPolicy").toString())
                .isEqualTo("{\"AllowedFirstAuthFactors\":[\"PASSWORD\",\"EMAIL_OTP\"]}");
    }

    @Test
    void provisionWithPasskeysAgainstAnEndpointAllowsWebAuthnForLocalhost() {
        wire.empty();
        wire.stub("SetUserPoolMfaConfig", answer("{\"MfaConfiguration\":\"OFF\"}"));

        assertThat(run("--region=eu-west-1", "--endpoint=" + wire.endpoint(), "--passkeys")).isZero();

        assertThat(wire.sent("CreateUserPool").get("Policies").get("SignInPolicy").toString())
                .isEqualTo("{\"AllowedFirstAuthFactors\":[\"PASSWORD\",\"WEB_AUTHN\"]}");
        assertThat(wire.sent("SetUserPoolMfaConfig").get("WebAuthnConfiguration").toString())
                .isEqualTo("{\"RelyingPartyId\":\"localhost\",\"UserVerification\":\"preferred\"}");
        assertThat(wire.sent("SetUserPoolMfaConfig").get("MfaConfiguration").asString()).isEqualTo("OFF");
    }

    @Test
    void provisionWithPasskeysForTheSitesDomainNamesItAsTheRelyingParty() {
        wire.empty();
        wire.stub("SetUserPoolMfaConfig", answer("{\"MfaConfiguration\":\"OPTIONAL\"}"));

        assertThat(run("--region=eu-west-1", "--endpoint=" + wire.endpoint(), "--passkeys", "--email-codes",
                "--mfa", "OPTIONAL", "--relying-party-id", "rides.example.com")).isZero();

        assertThat(wire.sent("CreateUserPool").get("Policies").get("SignInPolicy").toString())
                .isEqualTo("{\"AllowedFirstAuthFactors\":[\"PASSWORD\",\"EMAIL_OTP\",\"WEB_AUTHN\"]}");
        JsonNode mfa = wire.sent("SetUserPoolMfaConfig");
        assertThat(mfa.get("WebAuthnConfiguration").get("RelyingPartyId").asString()).isEqualTo("rides.example.com");
        assertThat(mfa.get("SoftwareTokenMfaConfiguration").get("Enabled").asBoolean()).isTrue();
    }

    @Test
    void provisionWithAdminPutsThatRegisteredUserIntoAdmins() {
        wire.provisioned(",\"ClientSecret\":\"existing-s3cret\"");
        wire.stub("ListUsers", answer("{\"Users\":[{\"Username\":\"9b2f\",\"Enabled\":true,\"UserStatus\":\"CONFIRMED\"}]}"));
        wire.stub("AdminAddUserToGroup", answer("{}"));

        assertThat(run("--region", "eu-west-1", "--endpoint", wire.endpoint(), "--admin", "boss\"@example.com")).isZero();

        assertThat(stdout()).isEqualTo(settings("COGNITO_CLIENT_SECRET=existing-s3cret\n"));
        assertThat(wire.sent("ListUsers").get("Filter").asString()).isEqualTo("email = \"boss\\\"@example.com\"");
        var added = wire.sent("AdminAddUserToGroup");
        assertThat(added.get("Username").asString()).isEqualTo("9b2f");
        assertThat(added.get("GroupName").asString()).isEqualTo("admins");
        assertThat(added.get("UserPoolId").asString()).isEqualTo(POOL_ID);
    }

    @Test
    void provisionWithAnAdminWhoIsNotRegisteredFailsWithOneSentence() {
        wire.provisioned("");
        wire.stub("ListUsers", answer("{\"Users\":[]}"));

        assertThat(run("--region", "eu-west-1", "--endpoint", wire.endpoint(), "--admin", "nobody@example.com")).isOne();

        assertOneSentence("No user with the email nobody@example.com is in user pool " + POOL_ID);
        assertThat(wire.requests("AdminAddUserToGroup")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ListUserPools        | AccessDeniedException       | AWS refused the request (AccessDeniedException)
            ListUserPools        | UnrecognizedClientException | the credentials need permission for cognito-idp:ListUserPools
            CreateUserPool       | LimitExceededException      | a quota of this AWS account was reached
            CreateUserPoolClient | InvalidParameterException   | Cognito refused the request (InvalidParameterException)
            """)
    void provisionWhenCognitoRefusesFailsWithOneSentenceAndExitCodeOne(String operation, String type, String sentence) {
        wire.empty();
        wire.stub(operation, error(400, type, "refused"));

        assertThat(run("--region", "eu-west-1", "--endpoint", wire.endpoint())).isOne();

        assertOneSentence(sentence);
    }

    @Test
    void provisionWhenTheEndpointIsUnreachableFailsWithOneSentence() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(run("--region", "eu-west-1", "--endpoint", "http://127.0.0.1:" + closedPort)).isOne();

        assertOneSentence("Could not reach Cognito at http://127.0.0.1:" + closedPort);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --colour                      | Unknown argument '--colour'
            --region                      | --region needs a value
            --admin --with-secret         | --admin needs a value
            --with-secret=yes             | --with-secret takes no value
            --endpoint 127.0.0.1:9229     | --endpoint must be an http(s) URL
            --mfa sometimes               | --mfa must be OFF, OPTIONAL or ON
            --passkeys                    | --passkeys needs the site's domain as --relying-party-id
            --passkeys --relying-party-id 127.0.0.1 | --relying-party-id must be a domain name
            --passkeys --relying-party-id https://rides.example.com | --relying-party-id must be a domain name
            --relying-party-id rides.example.com | --relying-party-id is for --passkeys, which is not given
            """)
    void provisionWithAMistakeInTheArgumentsSaysWhichAndExitsWithTwo(String arguments, String sentence) {
        assertThat(run(arguments.split(" "))).isEqualTo(2);

        assertThat(stderr()).startsWith(sentence).contains("Usage: provision").doesNotContain("\tat ");
        assertThat(stdout()).isEmpty();
        assertThat(wire.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void provisionHelpPrintsTheUsage() {
        assertThat(run("--help")).isZero();

        assertThat(stdout()).startsWith("Usage: provision [--region R]");
    }

    private int run(String... options) {
        String[] args = Stream.concat(Stream.of("provision"), Stream.of(options)).toArray(String[]::new);
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String settings(String secretLine) {
        return "COGNITO_USER_POOL_ID=" + POOL_ID + "\nCOGNITO_CLIENT_ID=" + CLIENT_ID + "\n" + secretLine
                + "AWS_REGION=eu-west-1\nCOGNITO_ENDPOINT=" + wire.endpoint() + "\n";
    }

    private void assertOneSentence(String expected) {
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains(expected).endsWith(".\n").hasLineCount(1).doesNotContain("refused\"");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
