package com.wildrydes.localpool;

import com.wildrydes.localpool.action.CognitoActions;
import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.protocol.AccessPolicy;
import com.wildrydes.localpool.protocol.LocalPoolServer;
import com.wildrydes.localpool.srp.PendingSrpLogins;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.AccessTokenReader;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.user.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A local pool alone in its own JVM, for {@link StoreCrashTests} to kill: {@code <data dir> <port> <ready file>}.
 * Writes the ready file once it listens, then runs until killed.
 */
public final class CrashTestPool {

    private CrashTestPool() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        SigningKeys keys = SigningKeys.inMemory();
        UserStore store = UserStore.open(dataDir, clock);
        Outbox outbox = Outbox.open(dataDir);
        String endpoint = "http://127.0.0.1:" + port;
        PoolServices services = new PoolServices(store, outbox, clock, random, "ap-northeast-2", endpoint,
                new SrpServer(random, clock), new PendingSrpLogins(random, clock), new TokenIssuer(keys, clock),
                new AccessTokenReader(keys, clock), List.of());
        LocalPoolServer.start(port, Duration.ZERO, CognitoActions.all(services), store, outbox, keys,
                new AccessPolicy(LocalPoolFixture.ACCESS_KEY_ID, LocalPoolFixture.SECRET_ACCESS_KEY,
                LocalPoolFixture.REGION, List.of()));
        Files.writeString(Path.of(args[2]), "ready");
        Thread.currentThread().join();
    }
}
