package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.srp.SrpClient;
import com.wildrydes.cognito.token.PoolTokenVerifiers;
import com.wildrydes.cognito.token.TestTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A real {@link CognitoAuthService} on a real SDK client; defaults: no secret, SRP, a random {@code a},
 * tokens verified against {@link TestTokens#POOL_KEY}.
 */
final class ServiceBuilder {

    static final Instant NOW = Instant.parse("2026-11-27T09:05:03Z");
    static final CognitoPool POOL = new CognitoPool("ap-northeast-2_WildRydes1", "4lq0k1o2ab3cd4ef5gh6ij7kl8", null);

    private final CognitoIdentityProviderClient client;
    private CognitoPool pool = POOL;
    private AuthFlow flow = AuthFlow.USER_SRP_AUTH;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Function<String, SrpClient> srpClients = poolName -> SrpClient.start(poolName, new SecureRandom());
    private PoolTokenVerifiers verifiers = TestTokens.POOL_KEY.verifiers();

    private ServiceBuilder(CognitoIdentityProviderClient client) {
        this.client = client;
    }

    static ServiceBuilder serviceOn(CognitoIdentityProviderClient client) {
        return new ServiceBuilder(client);
    }

    ServiceBuilder pool(CognitoPool pool) {
        this.pool = pool;
        return this;
    }

    ServiceBuilder flow(AuthFlow flow) {
        this.flow = flow;
        return this;
    }

    ServiceBuilder clock(Instant now) {
        this.clock = Clock.fixed(now, ZoneOffset.UTC);
        return this;
    }

    ServiceBuilder srpClients(Function<String, SrpClient> srpClients) {
        this.srpClients = srpClients;
        return this;
    }

    ServiceBuilder verifiers(PoolTokenVerifiers verifiers) {
        this.verifiers = verifiers;
        return this;
    }

    CognitoAuthService build() {
        return new CognitoAuthService(client, SiteUserPool.configured(pool),
                new CognitoSignIn(client, srpClients, clock, verifiers), flow);
    }

    CognitoRegistration registration() {
        return new CognitoRegistration(client, SiteUserPool.configured(pool));
    }

    CognitoPasswords passwords() {
        return new CognitoPasswords(client, SiteUserPool.configured(pool));
    }

    CognitoPasskeys passkeys() {
        return new CognitoPasskeys(client);
    }

    CognitoPasskeySignIn passkeySignIn() {
        return new CognitoPasskeySignIn(client, SiteUserPool.configured(pool),
                new CognitoSignIn(client, srpClients, clock, verifiers), SignInOutcomes.unregistered());
    }

    CognitoAuthenticatorApp authenticatorApp() {
        return new CognitoAuthenticatorApp(client, SiteUserPool.configured(pool),
                new CognitoSignIn(client, srpClients, clock, verifiers));
    }
}
