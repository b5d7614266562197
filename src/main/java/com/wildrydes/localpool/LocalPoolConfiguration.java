package com.wildrydes.localpool;

import com.wildrydes.localpool.action.CognitoActions;
import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.protocol.LocalPoolServer;
import com.wildrydes.localpool.srp.PendingSrpLogins;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.AccessTokenReader;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.user.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded local user pool when {@link LocalPoolEnvironment} decided it runs. The server binds
 * while the context is being built, so it already answers when the site provisions its pool at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wildrydes.local-pool.active", havingValue = "true")
class LocalPoolConfiguration {

    /** Loads in the background while the rest of the site starts; an unusable data dir stops the start here. */
    @Bean(destroyMethod = "close")
    UserStore localPoolStore(LocalPoolSettings settings) {
        return UserStore.openInBackground(settings.dataDir(), Clock.systemUTC());
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

    @Bean(destroyMethod = "close")
    LocalPoolServer localPoolServer(LocalPoolSettings settings, UserStore store, Outbox outbox, SigningKeys keys) {
        int port = LocalPoolEnvironment.resolvePort(settings.port());
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        PoolServices services = new PoolServices(store, outbox, clock, random, settings.region(),
                "http://127.0.0.1:" + port, new SrpServer(random, clock),
                new PendingSrpLogins(random, clock), new TokenIssuer(keys, clock), new AccessTokenReader(keys, clock), settings.admins());
        return LocalPoolServer.start(port, settings.latency(), CognitoActions.all(services), store, outbox,
                keys);
    }

    private static void onKeyThread(Runnable generation) {
        Thread thread = new Thread(generation, "local-pool-signing-key");
        thread.setDaemon(true);
        thread.start();
    }
}
