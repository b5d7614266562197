package com.wildrydes.localpool;

import com.wildrydes.localmode.ConditionalOnLocalPool;
import com.wildrydes.localpool.action.CognitoActions;
import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.identity.IdentityActions;
import com.wildrydes.localpool.identity.IssuedCredentials;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.protocol.AccessPolicy;
import com.wildrydes.localpool.protocol.LocalPoolServer;
import com.wildrydes.localpool.srp.PendingSrpLogins;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.AccessTokenReader;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.user.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded local user pool when {@link LocalPoolEnvironment} decided it runs. The server binds
 * while the context is being built, so it already answers when the site provisions its pool at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalPool
class LocalPoolConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalPoolConfiguration.class);

    /** Loads in the background while the rest of the site starts; an unusable data dir stops the start here. */
    @Bean(destroyMethod = "close")
    UserStore localPoolStore(LocalPoolSettings settings, Clock clock) {
        return UserStore.openInBackground(settings.dataDir(), clock);
    }

    /**
     * The context does not finish starting until the store is loaded, so a store that cannot be opened stops the
     * start (one sentence, see {@link LocalPoolStoreFailureAnalyzer}) instead of failing every pool call later.
     */
    @Bean
    SmartInitializingSingleton localPoolStoreLoaded(UserStore store) {
        return store::awaitLoaded;
    }

    @Bean
    LocalPoolHealth localPoolHealth(UserStore store) {
        return new LocalPoolHealth(store);
    }

    /**
     * After the store has checked the data dir (creating it owner-only) and its files: nothing is written into a
     * data dir whose store is damaged, and the start stops before the site's first calls reach a failed pool.
     */
    @Bean(destroyMethod = "close")
    Outbox localPoolOutbox(LocalPoolSettings settings, UserStore store) {
        store.awaitChecked();
        return Outbox.open(settings.dataDir());
    }

    /** A first start generates the RSA key on its own thread while the rest of the context starts. */
    @Bean
    SigningKeys localPoolSigningKeys(LocalPoolSettings settings, UserStore store) {
        store.awaitChecked(); // as for the outbox
        return SigningKeys.loadOrCreate(settings.dataDir(), LocalPoolConfiguration::onKeyThread);
    }

    /** The context is not started until the key exists; failing to write it stops the start, as before. */
    @Bean
    SmartInitializingSingleton localPoolSigningKeyWritten(SigningKeys keys) {
        return keys::awaitKey;
    }

    /** Logs where the pair is, never the secret. */
    @Bean
    PoolCredentials localPoolCredentials(LocalPoolSettings settings) {
        PoolCredentials credentials = PoolCredentials.resolve(settings.accessKeyId(), settings.secretAccessKey(),
                settings.dataDir());
        log.info("Local pool management calls are signed with access key id {} ({})", credentials.accessKeyId(),
                credentials.file() == null ? "from wildrydes.local-pool.access-key-id" : "secret in " + credentials.file());
        return credentials;
    }

    @Bean(destroyMethod = "close")
    LocalPoolServer localPoolServer(LocalPoolSettings settings, UserStore store, Outbox outbox, SigningKeys keys,
            Clock clock, PoolCredentials credentials) {
        int port = LocalPoolEnvironment.resolvePort(settings.port());
        SecureRandom random = new SecureRandom();
        PoolServices services = new PoolServices(store, outbox, clock, random, settings.region(),
                "http://127.0.0.1:" + port, new SrpServer(random, clock),
                new PendingSrpLogins(random, clock), new TokenIssuer(keys, clock), new AccessTokenReader(keys, clock), settings.admins());
        AccessPolicy access = new AccessPolicy(credentials.accessKeyId(), credentials.secretAccessKey(),
                settings.region(), settings.corsOrigins());
        IssuedCredentials issued = new IssuedCredentials(random, clock);
        var identityActions = IdentityActions.all(settings.region(), services.issuerBase(), clock, keys, store,
                issued);
        return LocalPoolServer.start(port, settings.latency(),
                new LocalPoolServer.Services(CognitoActions.all(services), identityActions, issued), store, outbox,
                keys, access);
    }

    /** The site's own pages may call the pool from a browser; its port is known once its web server runs. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> localPoolAllowsTheSitesOrigins(LocalPoolServer server) {
        return event -> server.allowCorsOrigins(siteOrigins(event.getWebServer().getPort()));
    }

    static List<String> siteOrigins(int port) {
        return List.of("http://localhost:" + port, "http://127.0.0.1:" + port);
    }

    private static void onKeyThread(Runnable generation) {
        Thread thread = new Thread(generation, "local-pool-signing-key");
        thread.setDaemon(true);
        thread.start();
    }
}
