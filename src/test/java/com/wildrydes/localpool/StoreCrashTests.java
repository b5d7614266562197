package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * The pool runs in a child JVM and is killed with SIGKILL (no shutdown hook, no close) in the middle of a burst of
 * sign-ups through the AWS SDK. After a restart every sign-up it acknowledged is there, and signs in.
 */
class StoreCrashTests {

    static final int THREADS = 6;
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @Test
    void whenThePoolIsKilledInTheMiddleOfABurstOfSignUpsThenEveryAcknowledgedOneIsThereAfterARestart()
            throws Exception {
        Path data = dir.resolve("pool");
        int port = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Process pool = start(data, port);
        PoolAndClient seed;
        try (CognitoIdentityProviderClient cognito = client(port)) {
            seed = PoolExamples.seed(cognito);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService riders = Executors.newFixedThreadPool(THREADS);
            for (int thread = 0; thread < THREADS; thread++) {
                int rider = thread;
                riders.execute(() -> signUpUntilKilled(cognito, seed, rider, acknowledged, killed));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            pool.destroyForcibly(); // SIGKILL
            killed.set(true);
            pool.waitFor();
            riders.shutdown();
            assertThat(riders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        Process restarted = start(data, port);
        try (CognitoIdentityProviderClient cognito = client(port)) {
            for (String email : acknowledged) {
                cognito.adminConfirmSignUp(request -> request.userPoolId(seed.poolId()).username(email));
                assertThat(cognito.initiateAuth(request -> request.clientId(seed.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", email, "PASSWORD", PoolExamples.PASSWORD)))
                        .authenticationResult()).as(email).isNotNull();
            }
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
    }

    private static void signUpUntilKilled(CognitoIdentityProviderClient cognito, PoolAndClient seed, int rider,
            Set<String> acknowledged, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String email = "rider" + rider + "-" + i + "@example.com";
            try {
                cognito.signUp(request -> request.clientId(seed.clientId()).username(email)
                        .password(PoolExamples.PASSWORD));
                acknowledged.add(email);
            } catch (SdkException cutOff) {
                return; // the pool died while this one was under way: not acknowledged
            }
        }
    }

    private Process start(Path data, int port) throws IOException, InterruptedException {
        Path ready = Files.createTempFile(dir, "ready", "");
        Files.delete(ready);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashTestPool.class.getName(), data.toString(),
                String.valueOf(port), ready.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("pool-" + port + "-" + System.nanoTime() + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.notExists(ready)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the pool did not start; see its log in " + dir);
            }
            Thread.sleep(20);
        }
        return process;
    }

    private static CognitoIdentityProviderClient client(int port) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.AP_NORTHEAST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        LocalPoolFixture.ACCESS_KEY_ID, LocalPoolFixture.SECRET_ACCESS_KEY)))
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
