package com.wildrydes.cognito.directory;

import com.wildrydes.cognito.config.SiteUserPool;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The admin pages' user directory, on the site's Cognito client and pool. */
@Configuration(proxyBeanMethods = false)
class UserDirectoryConfiguration {

    @Bean
    UserDirectory userDirectory(CognitoIdentityProviderClient cognito, SiteUserPool sitePool) {
        return new UserDirectory(cognito, sitePool);
    }
}
