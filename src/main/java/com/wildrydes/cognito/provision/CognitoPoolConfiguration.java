package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.CognitoSettingsCheck;
import com.wildrydes.cognito.config.PasskeySettings;
import com.wildrydes.cognito.config.SiteUserPool;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Which user pool the site uses: the configured one, or the seed's pool provisioned in the local pool. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeySettings.class)
public class CognitoPoolConfiguration {

    @Bean
    PoolProvisioner poolProvisioner(CognitoIdentityProviderClient cognito) {
        return new PoolProvisioner(cognito);
    }

    /** How long early provisioning waits for the local pool to listen; it binds a second or two later at most. */
    static final Duration LOCAL_POOL_PATIENCE = Duration.ofSeconds(15);

    @Bean
    SiteUserPool siteUserPool(CognitoSettings settings, PasskeySettings passkeys, PoolProvisioner provisioner) {
        CognitoPool configured = CognitoSettingsCheck.configuredPool(settings);
        if (configured != null) {
            return SiteUserPool.configured(configured);
        }
        // Provisioning (first SDK calls included) takes a second of start-up: overlap it with the rest of it.
        SiteUserPool provisioned = provisionedBy(provisioner,
                PoolSpec.SITE.withPasskeysFor(passkeys.relyingPartyIdOr(PasskeySettings.LOCAL_RELYING_PARTY)));
        provisioned.startResolving(CognitoPoolConfiguration::onProvisioningThread, LOCAL_POOL_PATIENCE);
        return provisioned;
    }

    /** The pool and client {@code spec} names, found or created through {@code provisioner} on first use. */
    static SiteUserPool provisionedBy(PoolProvisioner provisioner, PoolSpec spec) {
        return SiteUserPool.provisioned(spec.poolName(), spec.clientName(), () -> provisioner.findOrCreate(spec));
    }

    private static void onProvisioningThread(Runnable provisioning) {
        Thread thread = new Thread(provisioning, "site-pool-provisioning");
        thread.setDaemon(true);
        thread.start();
    }
}
