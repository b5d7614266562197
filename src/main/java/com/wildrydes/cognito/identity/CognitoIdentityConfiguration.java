package com.wildrydes.cognito.identity;

import com.wildrydes.cognito.config.CognitoCallSettings;
import com.wildrydes.cognito.config.CognitoClientConfiguration;
import com.wildrydes.cognito.config.CognitoCredentials;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.CognitoSettingsCheck;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.provision.IdentityPoolProvisioner;
import com.wildrydes.cognito.provision.IdentityPoolSpec;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The identity pool's and STS's clients, built like the user pool's: same region, same endpoint override (the local
 * pool in local mode, a stub in tests), same patience. Neither holds credentials of its own: the rider's calls to the
 * identity pool are unsigned (their login authorises them) and STS calls are signed per call with the rider's.
 */
@Configuration(proxyBeanMethods = false)
public class CognitoIdentityConfiguration {

    /** The ride page waits at most this long for STS, so a silent STS costs a page view little. */
    static final Duration STS_PATIENCE = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(CognitoIdentityConfiguration.class);

    @Bean(destroyMethod = "close")
    CognitoIdentityClient riderIdentityClient(CognitoSettings settings, CognitoCallSettings patience,
            ObjectProvider<MeterRegistry> meters) {
        return configured(CognitoIdentityClient.builder(), settings, patience, callMetrics(meters)).build();
    }

    @Bean(destroyMethod = "close")
    StsClient riderStsClient(CognitoSettings settings, CognitoCallSettings patience,
            ObjectProvider<MeterRegistry> meters) {
        Duration timeout = patience.timeout().compareTo(STS_PATIENCE) < 0 ? patience.timeout() : STS_PATIENCE;
        return configured(StsClient.builder(), settings, patience.withTimeout(timeout), callMetrics(meters)).build();
    }

    /** The riders' calls are timed like the user pool's, under their own operation names (GetId, GetCallerIdentity, …). */
    private static List<ExecutionInterceptor> callMetrics(ObjectProvider<MeterRegistry> meters) {
        return CognitoClientConfiguration.callMetrics(meters);
    }

    /**
     * The configured identity pool; else, in local mode, {@code WildRydesRiders} found or created in the local pool on
     * first use (linked to the site's user pool and client, with the riders' role); else none.
     */
    @Bean
    SiteIdentityPool siteIdentityPool(CognitoSettings settings, CognitoCredentials given, CognitoCallSettings patience,
            SiteUserPool userPool) {
        if (CognitoSettingsCheck.hasText(settings.identityPoolId())) {
            return SiteIdentityPool.configured(settings.identityPoolId().trim());
        }
        if (!userPool.isLocal()) {
            return SiteIdentityPool.none();
        }
        return SiteIdentityPool.provisioned(() -> provisionLocally(settings, given, patience, userPool));
    }

    /** CreateIdentityPool and the like are management calls: signed with the local pool's own key, on a client of their own. */
    private static String provisionLocally(CognitoSettings settings, CognitoCredentials given,
            CognitoCallSettings patience, SiteUserPool userPool) {
        try (CognitoIdentityClient management = configured(CognitoIdentityClient.builder(), settings, patience)
                .credentialsProvider(CognitoClientConfiguration.credentialsFor(settings, given)).build()) {
            IdentityPoolSpec spec = IdentityPoolSpec.SITE;
            String id = new IdentityPoolProvisioner(management).findOrCreate(spec, settings.region(),
                    userPool.current(), spec.localRoleArn());
            log.info("Local identity pool {}: {}, authenticated role {}", spec.poolName(), id, spec.localRoleArn());
            return id;
        }
    }

    @Bean
    CognitoIdentityService cognitoIdentityService(CognitoIdentityClient riderIdentityClient, StsClient riderStsClient,
            SiteIdentityPool identityPool, SiteUserPool userPool, CognitoSettings settings) {
        return new CognitoIdentityService(riderIdentityClient, riderStsClient, identityPool, userPool,
                settings.region());
    }

    /** Region, endpoint override, timeouts and attempts as for the user pool; anonymous unless told otherwise. */
    static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(B builder,
            CognitoSettings settings, CognitoCallSettings patience) {
        return configured(builder, settings, patience, List.of());
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(B builder,
            CognitoSettings settings, CognitoCallSettings patience, List<ExecutionInterceptor> interceptors) {
        builder.region(Region.of(settings.region()))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(patience.connectTimeout()).socketTimeout(patience.timeout())
                        .maxConnections(CognitoClientConfiguration.MAX_CONNECTIONS))
                .overrideConfiguration(o -> o.apiCallTimeout(patience.timeout())
                        .retryStrategy(retries -> retries.maxAttempts(patience.maxAttempts()))
                        .executionInterceptors(interceptors));
        if (CognitoSettingsCheck.hasText(settings.endpoint())) {
            builder.endpointOverride(URI.create(settings.endpoint().trim()));
        }
        return builder;
    }
}
