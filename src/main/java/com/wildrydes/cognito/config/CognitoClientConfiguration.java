package com.wildrydes.cognito.config;

import com.wildrydes.cognito.srp.SrpClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

/**
 * The one Cognito SDK client; the services that use it are wired in their own packages. User-facing
 * operations (SignUp, InitiateAuth, ...) are unsigned in the service model, so they need no AWS credentials;
 * only management calls do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CognitoCredentials.class, CognitoCallSettings.class})
public class CognitoClientConfiguration {

    /** As many connections as Tomcat has request threads: with a slow Cognito, the SDK's default 50 queues sign-ins. */
    public static final int MAX_CONNECTIONS = 200;

    @Bean(destroyMethod = "close")
    CognitoIdentityProviderClient cognitoIdentityProviderClient(CognitoSettings settings, CognitoCredentials given,
            CognitoCallSettings patience, ObjectProvider<MeterRegistry> meters) {
        CognitoSettingsCheck.checkEndpoint(settings.endpoint());
        return clientFor(settings, credentialsFor(settings, given), patience, callMetrics(meters));
    }

    /** What times a client's calls as {@code wildrydes_cognito_calls_seconds}; nothing without a meter registry. */
    public static List<ExecutionInterceptor> callMetrics(ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable();
        return registry == null ? List.of() : List.of(new CognitoCallMetrics(registry));
    }

    /** A client with the default patience but {@code callTimeout}. */
    public static CognitoIdentityProviderClient clientFor(CognitoSettings settings, AwsCredentialsProvider credentials,
            Duration callTimeout) {
        return clientFor(settings, credentials, CognitoCallSettings.DEFAULTS.withTimeout(callTimeout), List.of());
    }

    static CognitoIdentityProviderClient clientFor(CognitoSettings settings, AwsCredentialsProvider credentials,
            CognitoCallSettings patience, List<ExecutionInterceptor> interceptors) {
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(patience.connectTimeout()).socketTimeout(patience.timeout())
                        .maxConnections(MAX_CONNECTIONS))
                .overrideConfiguration(o -> o.apiCallTimeout(patience.timeout())
                        // the SDK's strategy (backoff, throttling pauses), with the number of attempts settable
                        .retryStrategy(retries -> retries.maxAttempts(patience.maxAttempts()))
                        .executionInterceptors(interceptors)
                        .addExecutionInterceptor(new CognitoAnswerCheck()));
        if (CognitoSettingsCheck.hasText(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint().trim()));
        }
        return builder.build();
    }

    /** Without a given pair, as for the provision command. */
    public static AwsCredentialsProvider credentialsFor(CognitoSettings settings) {
        return credentialsFor(settings, CognitoCredentials.NONE);
    }

    /**
     * A given pair (the embedded local pool publishes its own) signs every management call. Otherwise a loopback
     * endpoint takes a key from AWS_ACCESS_KEY_ID or aws.accessKeyId, else a placeholder that stand-ins which
     * ignore signatures accept (never an AWS profile's key: it is not the stand-in's); anywhere else, the usual chain.
     */
    public static AwsCredentialsProvider credentialsFor(CognitoSettings settings, CognitoCredentials given) {
        if (given.isSet()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(given.accessKeyId().trim(),
                    given.secretAccessKey().trim()));
        }
        if (isLoopback(settings.endpoint())) {
            return AwsCredentialsProviderChain.builder().credentialsProviders(SystemPropertyCredentialsProvider.create(),
                    EnvironmentVariableCredentialsProvider.create(),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    static boolean isLoopback(String endpoint) {
        if (!CognitoSettingsCheck.hasText(endpoint)) {
            return false;
        }
        String host = URI.create(endpoint.trim()).getHost();
        return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
