package com.wildrydes.cognito;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Which user pool the site uses: the configured one, or the seed's pool provisioned in the local pool. */
@Configuration(proxyBeanMethods = false)
class CognitoPoolConfiguration {

    @Bean
    PoolProvisioner poolProvisioner(CognitoIdentityProviderClient cognito) {
        return new PoolProvisioner(cognito);
    }

    @Bean
    SiteUserPool siteUserPool(CognitoSettings settings, PoolProvisioner provisioner) {
        CognitoPool configured = CognitoSettingsCheck.configuredPool(settings);
        return configured != null
                ? SiteUserPool.configured(configured)
                : SiteUserPool.provisioned(provisioner, PoolSpec.SITE);
    }
}
