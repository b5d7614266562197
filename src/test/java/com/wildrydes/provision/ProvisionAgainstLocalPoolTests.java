package com.wildrydes.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.wildrydes.WildRydesApplication;
import com.wildrydes.cognito.provision.CognitoProvisioning;
import com.wildrydes.cognito.provision.CognitoProvisioning;
import com.wildrydes.testsupport.SiteVisitor.Page;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.localpool.IdentityExamples;
import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The provision command against the real local pool (not WireMock): it creates the pool, a second run
 * prints the very same lines, and a site started with nothing but the printed settings registers,
 * verifies and signs a rider in through that pool.
 */
class ProvisionAgainstLocalPoolTests {

    private static final String PASSWORD = "Unicorn-Rides-42";

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    final ProvisionCommand command = new ProvisionCommand(CognitoProvisioning::connect);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void poolClockIsNow() {
        // The site checks token times against the real clock, so the pool's hand-moved clock starts at now.
        pool.advance(Duration.between(LocalPoolFixture.START, Instant.now()));
    }

    /** The usual AWS way, as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY would (a test cannot set those). */
    @BeforeEach
    void poolCredentialsInTheAwsSystemProperties() {
        System.setProperty("aws.accessKeyId", LocalPoolFixture.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", LocalPoolFixture.SECRET_ACCESS_KEY);
    }

    @AfterEach
    void forgetPoolCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void provisionWhenRunTwiceCreatesOncePrintsTheSameLinesAndTheSiteSignsInWithThem() {
        assertThat(provision()).as(stderr()).isZero();
        String first = stdout();
        out.reset();
        assertThat(provision()).as(stderr()).isZero();

        assertThat(stdout()).isEqualTo(first);
        Map<String, String> printed = settings(first);
        assertThat(printed).containsEntry("AWS_REGION", "ap-northeast-2")
                .containsEntry("COGNITO_ENDPOINT", pool.endpoint()).doesNotContainKey("COGNITO_CLIENT_SECRET");
        assertThat(pool.cognito().listUserPools(r -> r.maxResults(60)).userPools())
                .extracting(UserPoolDescriptionType::name).containsOnlyOnce("RideShare");
        assertThat(pool.cognito().listUserPoolClients(r -> r.userPoolId(printed.get("COGNITO_USER_POOL_ID")))
                .userPoolClients()).hasSize(1);
        assertThat(pool.cognito().describeUserPoolClient(r -> r.userPoolId(printed.get("COGNITO_USER_POOL_ID"))
                .clientId(printed.get("COGNITO_CLIENT_ID"))).userPoolClient().explicitAuthFlows())
                .contains(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        assertThatThrownBy(() -> pool.cognito().createGroup(r -> r.userPoolId(printed.get("COGNITO_USER_POOL_ID"))
                .groupName("admins"))).as("the admins group exists").isInstanceOf(GroupExistsException.class);

        try (ConfigurableApplicationContext site = siteWith(printed)) {
            SiteVisitor rider = new SiteVisitor("http://127.0.0.1:" + site.getEnvironment()
                    .getProperty("local.server.port"));
            String email = "rider@example.com";
            Page registered = rider.submit("/register", "/register",
                    Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
            assertThat(registered.path()).isEqualTo("/verify");
            Page verified = rider.submit("/verify", "/verify", Map.of("email", email, "code",
                    pool.lastCodeSentTo(email)));
            assertThat(verified.path()).isEqualTo("/ride"); // the provisioned client allows USER_AUTH
            rider.startAfresh();
            Page signedIn = rider.submit("/signin", "/signin", Map.of("email", email, "password", PASSWORD));
            assertThat(signedIn.path()).isEqualTo("/ride");
            assertThat(rider.follow(signedIn).body()).contains(email);
        }
    }

    @Test
    void provisionWithAdminOfARegisteredUserPutsThemInAdminsOfThatPool() {
        provision();
        Map<String, String> printed = settings(stdout());
        String poolId = printed.get("COGNITO_USER_POOL_ID");
        pool.cognito().signUp(r -> r.clientId(printed.get("COGNITO_CLIENT_ID")).username("lead@example.com")
                .password(PASSWORD));
        out.reset();

        assertThat(provision("--admin", "lead@example.com")).as(stderr()).isZero();

        assertThat(settings(stdout())).isEqualTo(printed);
        String username = pool.cognito().listUsers(r -> r.userPoolId(poolId).filter("email = \"lead@example.com\""))
                .users().get(0).username();
        assertThat(pool.cognito().adminListGroupsForUser(r -> r.userPoolId(poolId).username(username)).groups())
                .extracting(GroupType::groupName).containsExactly("admins");
    }

    @Test
    void provisionWithMfaOptionalCreatesThePoolWithAuthenticatorAppsAllowed() {
        assertThat(provision("--mfa", "optional")).as(stderr()).isZero();

        var config = pool.cognito().getUserPoolMfaConfig(r -> r.userPoolId(settings(stdout())
                .get("COGNITO_USER_POOL_ID")));
        assertThat(config.mfaConfigurationAsString()).isEqualTo("OPTIONAL");
        assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
    }

    @Test
    void provisionWithIdentityPoolLinksItToTheClientWithTheFixedRoleAndARidersCredentialsAssumeIt() {
        assertThat(provision("--with-identity-pool", "--password-auth")).as(stderr()).isZero();
        String first = stdout();
        out.reset();
        assertThat(provision("--with-identity-pool", "--password-auth")).as(stderr()).isZero();

        assertThat(stdout()).isEqualTo(first);
        Map<String, String> printed = settings(first);
        String identityPoolId = printed.get("COGNITO_IDENTITY_POOL_ID");
        assertThat(identityPoolId).matches("ap-northeast-2:[0-9a-f-]{36}");
        String provider = "cognito-idp.ap-northeast-2.amazonaws.com/" + printed.get("COGNITO_USER_POOL_ID");
        try (CognitoIdentityClient identity = IdentityExamples.identityClient(pool)) {
            assertThat(identity.listIdentityPools(r -> r.maxResults(60)).identityPools())
                    .extracting(IdentityPoolShortDescription::identityPoolId).containsExactly(identityPoolId);
            assertThat(identity.describeIdentityPool(r -> r.identityPoolId(identityPoolId)).cognitoIdentityProviders())
                    .extracting(CognitoIdentityProvider::providerName, CognitoIdentityProvider::clientId)
                    .containsExactly(tuple(provider, printed.get("COGNITO_CLIENT_ID")));
            assertThat(identity.getIdentityPoolRoles(r -> r.identityPoolId(identityPoolId)).roles())
                    .isEqualTo(Map.of("authenticated", "arn:aws:iam::000000000000:role/WildRydesRider"));

            String idToken = IdentityExamples.idTokenOf(pool, new PoolAndClient(printed.get("COGNITO_USER_POOL_ID"),
                    printed.get("COGNITO_CLIENT_ID"), null), "rider@example.com");
            Map<String, String> logins = Map.of(provider, idToken);
            String identityId = identity.getId(r -> r.identityPoolId(identityPoolId).logins(logins)).identityId();
            Credentials credentials = identity.getCredentialsForIdentity(r -> r.identityId(identityId)
                    .logins(logins)).credentials();
            try (StsClient sts = IdentityExamples.stsWith(pool, credentials)) {
                assertThat(sts.getCallerIdentity().arn()).isEqualTo(
                        "arn:aws:sts::000000000000:assumed-role/WildRydesRider/CognitoIdentityCredentials");
            }
        }
    }

    /** The site as a newcomer starts it after exporting the printed lines: no embedded pool of its own. */
    private static ConfigurableApplicationContext siteWith(Map<String, String> printed) {
        return new SpringApplicationBuilder(WildRydesApplication.class).run(
                "--server.port=0",
                "--wildrydes.local-pool.enabled=false",
                "--wildrydes.cognito.region=" + printed.get("AWS_REGION"),
                "--wildrydes.cognito.user-pool-id=" + printed.get("COGNITO_USER_POOL_ID"),
                "--wildrydes.cognito.client-id=" + printed.get("COGNITO_CLIENT_ID"),
                "--wildrydes.cognito.endpoint=" + printed.get("COGNITO_ENDPOINT"));
    }

    private int provision(String... extra) {
        String[] args = Stream.concat(Stream.of("provision", "--endpoint", pool.endpoint(),
                "--region", "ap-northeast-2", "--pool-name", "RideShare", "--client-name", "RideShareWeb"),
                Stream.of(extra)).toArray(String[]::new);
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Map<String, String> settings(String lines) {
        Map<String, String> settings = new LinkedHashMap<>();
        lines.lines().map(line -> line.split("=", 2)).forEach(pair -> settings.put(pair[0], pair[1]));
        return settings;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
