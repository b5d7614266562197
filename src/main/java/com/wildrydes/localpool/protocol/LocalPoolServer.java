package com.wildrydes.localpool.protocol;

import com.sun.net.httpserver.HttpServer;
import com.wildrydes.localpool.action.CognitoAction;
import com.wildrydes.localpool.identity.IssuedCredentials;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.user.UserStore;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local pool's HTTP endpoint on the JDK's built-in server, bound to the loopback interface only; its
 * {@link PoolGuard} keeps out web pages (Host, CORS) and unsigned management calls.
 */
public final class LocalPoolServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(LocalPoolServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final PoolGuard guard;

    private LocalPoolServer(HttpServer server, ExecutorService executor, PoolGuard guard) {
        this.server = server;
        this.executor = executor;
        this.guard = guard;
    }

    /**
     * Binds {@code 127.0.0.1:port} (0 picks a free port) and starts answering.
     *
     * @param latency an artificial delay before each Cognito call (zero for none)
     * @param access  the pool's key and the browser origins it answers
     * @throws PoolPortException when the port cannot be bound (another process has it)
     */
    public static LocalPoolServer start(int port, Duration latency, Map<String, CognitoAction<?>> actions,
            UserStore store, Outbox outbox, SigningKeys keys, AccessPolicy access) {
        return start(port, latency, new Services(actions, Map.of(), new IssuedCredentials(new SecureRandom(),
                Clock.systemUTC())), store, outbox, keys, access);
    }

    /**
     * What the pool answers on its port besides JWKS and the outbox.
     *
     * @param actions         the user pool operations ({@code AWSCognitoIdentityProviderService.*})
     * @param identityActions the identity pool operations ({@code AWSCognitoIdentityService.*})
     * @param issued          the credentials the identity pool issued, which STS GetCallerIdentity recognises
     */
    public record Services(Map<String, CognitoAction<?>> actions, Map<String, CognitoAction<?>> identityActions,
            IssuedCredentials issued) {
    }

    /** As above, with identity pools and STS. */
    public static LocalPoolServer start(int port, Duration latency, Services services, UserStore store,
            Outbox outbox, SigningKeys keys, AccessPolicy access) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            ExecutorService executor = RequestExecutors.create(latency);
            server.setExecutor(executor);
            PoolGuard guard = new PoolGuard(server.getAddress().getPort(), access, Clock.systemUTC());
            server.createContext("/", new PoolHttpHandler(
                    new ActionDispatcher(services.actions(), services.identityActions()),
                    new ResourceEndpoints(store, outbox, keys), latency, guard, new StsEndpoint(services.issued(), guard)));
            server.start();
            log.info("Local Cognito user and identity pools listening on http://127.0.0.1:{}", server.getAddress().getPort());
            return new LocalPoolServer(server, executor, guard);
        } catch (BindException taken) {
            throw PoolPortException.of(port, taken);
        } catch (IOException e) {
            throw new UncheckedIOException("The local user pool cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Lets browser pages from these origins call the pool (the site's own, once its port is known). */
    public void allowCorsOrigins(Collection<String> origins) {
        guard.allowOrigins(origins);
    }

    /** Stops accepting calls and lets running ones finish for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }
}
