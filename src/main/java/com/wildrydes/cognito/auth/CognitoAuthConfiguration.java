package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.srp.SrpClient;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.token.PoolTokenVerifiers;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The services the pages call, on the site's Cognito client and pool, verifying tokens against the pool's key set. */
@Configuration(proxyBeanMethods = false)
public class CognitoAuthConfiguration {

    @Bean
    CognitoAuthService cognitoAuthService(CognitoIdentityProviderClient cognito, SiteUserPool sitePool,
            CognitoSettings settings, ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        CognitoSignIn signIn = signIn(cognito, settings, clock);
        return new CognitoAuthService(cognito, sitePool, signIn, settings.authFlow(), signIns(meters));
    }

    @Bean
    CognitoPasskeys cognitoPasskeys(CognitoIdentityProviderClient cognito) {
        return new CognitoPasskeys(cognito);
    }

    @Bean
    CognitoPasskeySignIn cognitoPasskeySignIn(CognitoIdentityProviderClient cognito, SiteUserPool sitePool,
            CognitoSettings settings, ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new CognitoPasskeySignIn(cognito, sitePool, signIn(cognito, settings, clock), signIns(meters));
    }

    @Bean
    CognitoRegistration cognitoRegistration(CognitoIdentityProviderClient cognito, SiteUserPool sitePool) {
        return new CognitoRegistration(cognito, sitePool);
    }

    @Bean
    CognitoPasswords cognitoPasswords(CognitoIdentityProviderClient cognito, SiteUserPool sitePool) {
        return new CognitoPasswords(cognito, sitePool);
    }

    @Bean
    CognitoAuthenticatorApp cognitoAuthenticatorApp(CognitoIdentityProviderClient cognito, SiteUserPool sitePool,
            CognitoSettings settings, ObjectProvider<Clock> clock) {
        return new CognitoAuthenticatorApp(cognito, sitePool, signIn(cognito, settings, clock));
    }

    /** Both sign-in services count into the same meter: Micrometer hands back the counters already registered. */
    private static SignInOutcomes signIns(ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable();
        return registry == null ? SignInOutcomes.unregistered() : new SignInOutcomes(registry);
    }

    private static CognitoSignIn signIn(CognitoIdentityProviderClient cognito, CognitoSettings settings,
            ObjectProvider<Clock> clock) {
        SecureRandom random = new SecureRandom();
        return new CognitoSignIn(cognito, poolName -> SrpClient.start(poolName, random),
                clock.getIfAvailable(Clock::systemUTC), PoolTokenVerifiers.forSettings(settings));
    }
}
