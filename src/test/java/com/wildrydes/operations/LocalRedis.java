package com.wildrydes.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code redis-server} on a free loopback port with a data dir of its own, stopped and started again at
 * will; the data survive a stop (SHUTDOWN SAVE), as with a Redis that persists. Missing redis-server skips the
 * test with a notice, except under CI=true, where .ci/run installs it.
 */
public final class LocalRedis implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/bin/redis-server");

    private final Path dir;
    private final int port;
    private Process process;

    private LocalRedis(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static LocalRedis startIn(Path dir) {
        requireInstalled();
        LocalRedis redis = new LocalRedis(dir, freePort());
        redis.start();
        return redis;
    }

    public static void requireInstalled() {
        boolean installed = Files.isExecutable(SERVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but redis-server is missing: .ci/run must install redis-server");
        }
        if (!installed) {
            System.err.println("NOTICE: Redis session tests skipped: install Debian's redis-server to run them");
        }
        Assumptions.assumeTrue(installed, "redis-server not installed");
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public void start() {
        try {
            process = new ProcessBuilder(List.of(SERVER.toString(), "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--dir", dir.toString(), "--dbfilename", "dump.rdb", "--save", "",
                    "--appendonly", "no", "--protected-mode", "yes"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswer(Duration.ofSeconds(10));
    }

    /** Writes the data to disk and exits, as a Redis restarted for maintenance would. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            command("SHUTDOWN SAVE");
        } catch (IOException closedOnShutdown) {
            // redis closes the connection as it exits: the expected end
        }
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    private void awaitAnswer(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (command("PING").startsWith("+PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not answer on port " + port + "; see " + dir);
    }

    /** One inline command; the first line of the answer. */
    private String command(String line) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                answer.append((char) c);
            }
            if (answer.isEmpty()) {
                throw new IOException("no answer");
            }
            return answer.toString();
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
