package com.wildrydes.cognito.config;

import static com.wildrydes.cognito.CognitoWire.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.wildrydes.cognito.CognitoWire;
import com.wildrydes.cognito.auth.CognitoAuthConfiguration;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.provision.CognitoPoolConfiguration;
import com.wildrydes.cognito.provision.PoolProvisionerTests;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The wildrydes.cognito settings: what starts, what fails with one sentence, which credentials are used. */
@ExtendWith(OutputCaptureExtension.class)
class CognitoConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CognitoSettings.class)
    static class Settings {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, CognitoClientConfiguration.class, CognitoPoolConfiguration.class,
                    CognitoAuthConfiguration.class);
    final CognitoWire wire = new CognitoWire();

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void whenPoolAndClientAreSetThenTheSiteUsesThemWithoutAnyCall() {
        runner.withPropertyValues("wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
                "wildrydes.cognito.client-id=4lq0k1o2ab3cd4ef5gh6ij7kl8", "wildrydes.cognito.client-secret= ")
                .run(context -> {
                    SiteUserPool sitePool = context.getBean(SiteUserPool.class);
                    assertThat(sitePool.isLocal()).isFalse();
                    assertThat(sitePool.current())
                            .isEqualTo(new CognitoPool("ap-northeast-2_AbC123xYz", "4lq0k1o2ab3cd4ef5gh6ij7kl8", null));
                    assertThat(context).hasSingleBean(CognitoAuthService.class);
                });
    }

    @Test
    void whenCallSettingsAreGivenThenTheClientWaitsAndRetriesAsTheySay() {
        runner.withPropertyValues("wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
                "wildrydes.cognito.client-id=4lq0k1o2ab3cd4ef5gh6ij7kl8", "wildrydes.cognito.calls.timeout=3s",
                "wildrydes.cognito.calls.max-attempts=2").run(context -> {
                    var configured = context.getBean(CognitoIdentityProviderClient.class).serviceClientConfiguration()
                            .overrideConfiguration();
                    assertThat(configured.apiCallTimeout()).contains(Duration.ofSeconds(3));
                    assertThat(configured.retryStrategy()).hasValueSatisfying(
                            retries -> assertThat(retries.maxAttempts()).isEqualTo(2));
                });
    }

    @Test
    void whenCallSettingsAreNotGivenThenTenSecondsAndTheSdksFourAttempts() {
        runner.withPropertyValues("wildrydes.cognito.user-pool-id=ap-northeast-2_AbC123xYz",
                "wildrydes.cognito.client-id=4lq0k1o2ab3cd4ef5gh6ij7kl8").run(context -> {
                    var configured = context.getBean(CognitoIdentityProviderClient.class).serviceClientConfiguration()
                            .overrideConfiguration();
                    assertThat(configured.apiCallTimeout()).contains(Duration.ofSeconds(10));
                    assertThat(configured.retryStrategy()).hasValueSatisfying(
                            retries -> assertThat(retries.maxAttempts()).isEqualTo(4));
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pool id without client id | user-pool-id=ap-northeast-2_AbC123xYz               | COGNITO_CLIENT_ID) is not
            client id without pool id | client-id=4lq0k1o2ab3cd4ef5gh6ij7kl8                 | COGNITO_USER_POOL_ID) is not
            secret without pool id    | client-secret=s3cr3t                                 | COGNITO_USER_POOL_ID) is not
            malformed pool id         | user-pool-id=WildRydes                               | must look like <region>_<id>
            pool id without region    | user-pool-id=_AbC123xYz                              | must look like <region>_<id>
            nothing configured        | region=ap-northeast-2                                | No user pool is configured
            endpoint not a URL        | endpoint=127.0.0.1:9229                              | COGNITO_ENDPOINT) must be an http(s) URL
            """)
    void whenSettingsAreHalfSetThenStartUpFailsWithOneSentence(String situation, String setting, String expected) {
        runner.withPropertyValues("wildrydes.cognito." + setting).run(context -> {
            Throwable failure = rootCauseOf(context);
            assertThat(failure).isInstanceOf(CognitoConfigurationException.class);
            assertThat(failure.getMessage()).contains(expected).doesNotContain("\n").endsWith(".")
                    .doesNotContain("s3cr3t");
            FailureAnalysis analysis = new CognitoConfigurationFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
        });
    }

    @Test
    void whenOnlyALocalEndpointIsSetThenThePoolIsProvisionedOnFirstUseNotAtStartUp() throws InterruptedException {
        for (Thread earlier : provisioningThreads()) {
            earlier.join(5_000); // an earlier test's closed context may still be ending its retries (on a reused port)
        }
        runner.withPropertyValues("wildrydes.cognito.endpoint=" + wire.endpoint()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SiteUserPool.class).isLocal()).isTrue();
            assertThat(wire.server.getAllServeEvents()).isEmpty();
        });
    }

    @Test
    void whenTheApplicationIsReadyThenTheLocalPoolIsProvisionedAndItsIdsLogged(CapturedOutput output) {
        wire.stub("ListUserPools", answer("{\"UserPools\":[" + PoolProvisionerTests.SITE_POOL + "]}"));
        wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[]}"));
        wire.stub("CreateUserPoolClient", answer(PoolProvisionerTests.clientJson("")));

        runner.withPropertyValues("wildrydes.cognito.endpoint=" + wire.endpoint()).run(context -> {
            context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                    context.getSourceApplicationContext(), Duration.ZERO));

            assertThat(output.getAll()).contains("Local user pool WildRydes: ap-northeast-2_AbC123xYz, "
                    + "app client WildRydesWebApp: 4lq0k1o2ab3cd4ef5gh6ij7kl8");
            assertThat(wire.requests("CreateUserPoolClient")).hasSize(1);
        });
    }

    @Test
    void whenTheLocalPoolIsNotUpYetAtReadyThenStartUpGoesOnAndTheNextUseRetries(CapturedOutput output) {
        wire.stub("ListUserPools", CognitoWire.error(500, "InternalErrorException", "starting"));

        runner.withPropertyValues("wildrydes.cognito.endpoint=" + wire.endpoint()).run(context -> {
            context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                    context.getSourceApplicationContext(), Duration.ZERO));
            assertThat(output.getAll()).contains("Local user pool not reachable yet (InternalErrorException)");

            wire.stub("ListUserPools", answer("{\"UserPools\":[" + PoolProvisionerTests.SITE_POOL + "]}"));
            wire.stub("ListUserPoolClients", answer("{\"UserPoolClients\":[]}"));
            wire.stub("CreateUserPoolClient", answer(PoolProvisionerTests.clientJson("")));
            assertThat(context.getBean(SiteUserPool.class).current().userPoolId()).isEqualTo("ap-northeast-2_AbC123xYz");
        });
    }

    @Test
    void whenTheEndpointIsLoopbackThenManagementCallsAreSignedWithDummyCredentials() {
        wire.stub("ListUserPools", answer("{\"UserPools\":[]}"));
        runner.withPropertyValues("wildrydes.cognito.endpoint=" + wire.endpoint()).run(context -> {
            context.getBean(CognitoIdentityProviderClient.class).listUserPools(r -> r.maxResults(10));

            // the site's own provisioning (started with the context: no pool id is set) calls it too
            assertThat(wire.requests("ListUserPools")).isNotEmpty().allSatisfy(request -> assertThat(
                    request.getHeader("Authorization")).contains("Credential=local/").contains("/ap-northeast-2/cognito-idp/"));
        });
    }

    @Test
    void whenCredentialsAreGivenThenManagementCallsAreSignedWithThem() {
        wire.stub("ListUserPools", answer("{\"UserPools\":[]}"));
        runner.withPropertyValues("wildrydes.cognito.endpoint=" + wire.endpoint(),
                "wildrydes.cognito.credentials.access-key-id=LOCLPOOLKEY000000001",
                "wildrydes.cognito.credentials.secret-access-key=pool-secret").run(context -> {
                    context.getBean(CognitoIdentityProviderClient.class).listUserPools(r -> r.maxResults(10));

                    assertThat(wire.requests("ListUserPools")).isNotEmpty().allSatisfy(request -> assertThat(
                            request.getHeader("Authorization")).contains("Credential=LOCLPOOLKEY000000001/"));
                    assertThat(context.getBean(CognitoCredentials.class).toString()).doesNotContain("pool-secret");
                });
    }

    @Test
    void whenTheEndpointIsRemoteOrUnsetThenTheDefaultCredentialChainIsUsed() {
        var aws = new CognitoSettings("ap-northeast-2", null, null, null, null, CognitoSettings.AuthFlow.USER_SRP_AUTH);
        var proxy = new CognitoSettings("ap-northeast-2", null, null, null, "https://cognito.proxy.example",
                CognitoSettings.AuthFlow.USER_SRP_AUTH);

        assertThat(CognitoClientConfiguration.credentialsFor(aws)).isInstanceOf(DefaultCredentialsProvider.class);
        assertThat(CognitoClientConfiguration.credentialsFor(proxy)).isInstanceOf(DefaultCredentialsProvider.class);
        assertThat(CognitoClientConfiguration.isLoopback("http://127.0.0.1:9229")).isTrue();
        assertThat(CognitoClientConfiguration.isLoopback("http://localhost:9229")).isTrue();
    }

    @Test
    void whenTheStartFailsWhileTheLocalPoolDoesNotAnswerThenNoProvisioningThreadIsLeft() throws Exception {
        Set<Thread> earlier = provisioningThreads();
        LocalPoolCannotStart.provisioning.clear();

        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class, UnansweredCognito.class, CognitoPoolConfiguration.class,
                        LocalPoolCannotStart.class)
                .withPropertyValues("wildrydes.cognito.endpoint=http://127.0.0.1:9229")
                .run(context -> assertThat(context).hasFailed());

        Set<Thread> started = new HashSet<>(LocalPoolCannotStart.provisioning);
        started.removeAll(earlier); // other tests' contexts may still be ending theirs
        assertThat(started).as("provisioning was retrying when the start failed").isNotEmpty();
        for (Thread thread : started) {
            thread.join(1_000); // the failed start has stopped it; this only lets it finish exiting
        }
        assertThat(started).noneMatch(Thread::isAlive);
    }

    /** Every call gets no answer, closed client or not (a real client's close would end the retries itself). */
    @Configuration(proxyBeanMethods = false)
    static class UnansweredCognito {

        @Bean
        CognitoIdentityProviderClient cognitoIdentityProviderClient() {
            return mock(CognitoIdentityProviderClient.class, call -> {
                if (call.getMethod().getName().equals("close")) {
                    return null;
                }
                throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
            });
        }
    }

    /** Stands for the local pool failing to bind its port after the site's provisioning has started. */
    @Configuration(proxyBeanMethods = false)
    static class LocalPoolCannotStart {

        static final Set<Thread> provisioning = ConcurrentHashMap.newKeySet();

        @Bean
        Object localPoolServer(SiteUserPool sitePool) {
            provisioning.addAll(provisioningThreads());
            throw new IllegalStateException("The local pool cannot listen on its port");
        }
    }

    static Set<Thread> provisioningThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("site-pool-provisioning") && thread.isAlive())
                .collect(Collectors.toSet());
    }

    private static Throwable rootCauseOf(AssertableApplicationContext context) {
        Throwable failure = context.getStartupFailure();
        assertThat(failure).as("start-up should fail").isNotNull();
        while (failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
