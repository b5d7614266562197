package com.wildrydes.localpool;

import com.wildrydes.localpool.action.CognitoAction;
import com.wildrydes.localpool.action.CognitoActions;
import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.identity.IdentityActions;
import com.wildrydes.localpool.identity.IssuedCredentials;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.outbox.OutboxMessage;
import com.wildrydes.localpool.protocol.AccessPolicy;
import com.wildrydes.localpool.protocol.LocalPoolServer;
import com.wildrydes.localpool.srp.PendingSrpLogins;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.AccessTokenReader;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.user.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A running local pool for one test (user pools, identity pools and STS): a LocalPoolServer on a free port over a temporary data directory, a
 * hand-moved clock, and a real AWS SDK client pointed at it. Register with {@code @RegisterExtension}.
 */
public final class LocalPoolFixture implements BeforeEachCallback, AfterEachCallback {

    /** Listed in the pool's admin emails: joins the {@code admins} group on confirmation. */
    public static final String ADMIN_EMAIL = "boss@example.com";
    public static final Instant START = Instant.parse("2026-11-27T09:00:00Z");
    /** The pool's key pair: its IAM-authorised operations (Admin*, ListUsers, CreateUserPool, ...) need it. */
    public static final String ACCESS_KEY_ID = "LOCLFIXTUREKEY000001";
    public static final String SECRET_ACCESS_KEY = "fixture/secret/that+only+these+tests/know";
    public static final String REGION = "ap-northeast-2";
    /** A browser origin the pool answers CORS to, as if set in wildrydes.local-pool.cors-origins. */
    public static final String ALLOWED_ORIGIN = "http://localhost:8000";
    private static final SigningKeys KEYS = SigningKeys.inMemory();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{8}|\\d{6})\\b");

    private final MutableClock clock = new MutableClock(START);
    private Path dataDir;
    private int port;
    private UserStore store;
    private Outbox outbox;
    private LocalPoolServer server;
    private CognitoIdentityProviderClient client;
    private Map<String, Class<? extends Record>> requestTypes;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("local-pool-test");
        port = freePort();
        start();
        client = CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .build();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        client.close();
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Stops the pool and starts a new one over the same data directory and port, as a process restart would. */
    public void restart() {
        stop();
        start();
    }

    public CognitoIdentityProviderClient cognito() {
        return client;
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public LocalPoolServer server() {
        return server;
    }

    public MutableClock clock() {
        return clock;
    }

    /** The running pool's store, for tests that need more users than the API can create quickly. */
    public UserStore store() {
        return store;
    }

    public Path dataDir() {
        return dataDir;
    }

    public List<OutboxMessage> outbox() {
        return outbox.newestFirst();
    }

    /** The 6-digit code (8 for a sign-in code) in the newest email to {@code address}. */
    public String lastCodeSentTo(String address) {
        OutboxMessage message = outbox().stream().filter(m -> m.destination().equalsIgnoreCase(address)).findFirst()
                .orElseThrow(() -> new AssertionError("No email to " + address));
        Matcher code = CODE.matcher(message.body());
        if (!code.find()) {
            throw new AssertionError("No code in the email to " + address);
        }
        return code.group(1);
    }

    /** Every operation the pool answers, with the record its JSON body binds to. */
    public Map<String, Class<? extends Record>> requestTypes() {
        return requestTypes;
    }

    public void advance(Duration duration) {
        clock.advance(duration);
    }

    private void start() {
        SecureRandom random = new SecureRandom();
        store = UserStore.open(dataDir, clock);
        outbox = Outbox.open(dataDir);
        PoolServices services = new PoolServices(store, outbox, clock, random, REGION, endpoint(),
                new SrpServer(random, clock), new PendingSrpLogins(random, clock), new TokenIssuer(KEYS, clock),
                new AccessTokenReader(KEYS, clock), List.of(ADMIN_EMAIL));
        Map<String, CognitoAction<?>> actions = CognitoActions.all(services);
        requestTypes = new TreeMap<>();
        actions.forEach((operation, action) -> requestTypes.put(operation, action.requestType()));
        IssuedCredentials issued = new IssuedCredentials(random, clock);
        var identityActions = IdentityActions.all(REGION, endpoint(), clock, KEYS, store, issued);
        server = LocalPoolServer.start(port, Duration.ZERO,
                new LocalPoolServer.Services(actions, identityActions, issued), store, outbox, KEYS,
                new AccessPolicy(ACCESS_KEY_ID, SECRET_ACCESS_KEY, REGION, List.of(ALLOWED_ORIGIN)));
    }

    private void stop() {
        server.close();
        store.close();
        outbox.close();
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
