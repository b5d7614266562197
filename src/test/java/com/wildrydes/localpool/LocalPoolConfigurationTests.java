package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.localpool.protocol.LocalPoolServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class LocalPoolConfigurationTests {

    @TempDir
    Path dataDir;

    @Configuration
    @EnableConfigurationProperties(LocalPoolSettings.class)
    static class Settings {
        @Bean
        Clock clock() { // the application's one clock
            return Clock.systemUTC();
        }
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, LocalPoolConfiguration.class);

    @Test
    void whenActiveThenTheServerAnswersWhileTheContextRunsAndStopsWithIt() {
        int[] port = new int[1];
        runner.withPropertyValues("wildrydes.local-pool.active=true", "wildrydes.local-pool.port=0",
                "wildrydes.local-pool.data-dir=" + dataDir).run(context -> {
                    port[0] = context.getBean(LocalPoolServer.class).port();
                    assertThat(get(port[0])).isEqualTo(200);
                });

        assertThat(dataDir.resolve("signing-key.json")).exists();
        assertThat(reachable(port[0])).isFalse();
    }

    @Test
    void whenStartedTwiceOnOneDataDirThenTheSamePairAndTheLogSaysWhereButNotTheSecret(CapturedOutput output) {
        String[] ids = new String[2];
        for (int start = 0; start < 2; start++) {
            int i = start;
            runner.withPropertyValues("wildrydes.local-pool.active=true", "wildrydes.local-pool.port=0",
                    "wildrydes.local-pool.data-dir=" + dataDir).run(context ->
                            ids[i] = context.getBean(PoolCredentials.class).accessKeyId());
        }

        PoolCredentials written = PoolCredentials.loadOrCreate(dataDir);
        assertThat(ids).containsExactly(written.accessKeyId(), written.accessKeyId());
        assertThat(output).contains("secret in " + dataDir.resolve("credentials").toAbsolutePath())
                .contains(written.accessKeyId()).doesNotContain(written.secretAccessKey());
    }

    @Test
    void whenTheDataDirIsAFileThenTheContextFailsWithTheStoresSentenceBeforeAnythingWritesThere() throws Exception {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("pool"), "x");

        runner.withPropertyValues("wildrydes.local-pool.active=true", "wildrydes.local-pool.port=0",
                "wildrydes.local-pool.data-dir=" + file).run(context -> assertThat(analyzed(context.getStartupFailure()))
                        .isEqualTo("The local pool data dir " + file + " is a file, not a directory; move that file"
                                + " away or set wildrydes.local-pool.data-dir to a directory."));
        assertThat(file).hasContent("x");
    }

    @Test
    void whenTheStoreIsDamagedThenTheContextDoesNotStartAndNothingIsWrittenOrListening() throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve("pool.db"), "not a SQLite file, nor a pool store");
        int port = LocalPoolEnvironment.resolvePort(0);

        runner.withPropertyValues("wildrydes.local-pool.active=true", "wildrydes.local-pool.port=" + port,
                "wildrydes.local-pool.data-dir=" + dataDir).run(context -> assertThat(
                        analyzed(context.getStartupFailure())).startsWith("The local pool store "
                                + dataDir.resolve("pool.db") + " is damaged"));
        assertThat(reachable(port)).isFalse();
        try (var files = java.nio.file.Files.list(dataDir)) { // no outbox, no signing key beside it
            assertThat(files).containsExactly(dataDir.resolve("pool.db"));
        }
        assertThat(dataDir.resolve("pool.db")).hasContent("not a SQLite file, nor a pool store");
    }

    @Test
    void whenThePortIsTakenThenTheContextFailsWithOneSentenceNamingThePortAndWhatToDo() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = other.getLocalPort();

            runner.withPropertyValues("wildrydes.local-pool.active=true", "wildrydes.local-pool.port=" + port,
                    "wildrydes.local-pool.data-dir=" + dataDir).run(context -> assertThat(
                            analyzed(context.getStartupFailure())).isEqualTo("The local pool cannot listen on"
                                    + " 127.0.0.1:" + port + " because another process already uses that port; stop that"
                                    + " process, or set wildrydes.local-pool.port to another port (0 picks a free one)."));
        }
    }

    /** What the failure analyzers registered in spring.factories make of a start-up failure. */
    private static String analyzed(Throwable failure) {
        return org.springframework.core.io.support.SpringFactoriesLoader.forDefaultResourceLocation()
                .load(org.springframework.boot.diagnostics.FailureAnalyzer.class, null,
                        org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler.handleMessage(
                                (message, e) -> { }))
                .stream().map(analyzer -> analyzer.analyze(failure)).filter(java.util.Objects::nonNull)
                .map(org.springframework.boot.diagnostics.FailureAnalysis::getDescription).findFirst().orElse(null);
    }

    @Test
    void whenNotActiveThenNoServer() {
        runner.run(context -> assertThat(context).doesNotHaveBean(LocalPoolServer.class));
    }

    private static int get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/_local/outbox")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean reachable(int port) {
        try {
            get(port);
            return true;
        } catch (Exception refused) {
            return false;
        }
    }
}
