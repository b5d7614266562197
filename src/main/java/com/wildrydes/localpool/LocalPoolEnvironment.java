package com.wildrydes.localpool;

import com.wildrydes.localmode.LocalMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before any bean exists, whether the embedded local pool runs, and if so fixes its port, points the
 * site's Cognito endpoint at it with the pool's credentials, and keeps the site on loopback unless
 * {@code server.address} says otherwise. Doing this in the environment (not in a bean) lets the site's
 * SDK client configuration simply read {@code wildrydes.cognito.endpoint} without knowing about the pool.
 */
public class LocalPoolEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "wildrydesLocalPool";
    private static final int DEFAULT_PORT = 9229;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!LocalMode.decide(environment) || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        int port = resolvePort(environment.getProperty("wildrydes.local-pool.port", Integer.class, DEFAULT_PORT));
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put(LocalMode.ACTIVE_PROPERTY, "true");
        properties.put("wildrydes.local-pool.port", String.valueOf(port));
        if (isBlank(environment.getProperty("server.address"))) {
            properties.put("server.address", "127.0.0.1"); // the outbox page shows codes: not to the network
        }
        if (isBlank(environment.getProperty("wildrydes.cognito.endpoint"))) {
            properties.put("wildrydes.cognito.endpoint", "http://127.0.0.1:" + port);
            environment.getPropertySources().addFirst(new PoolCredentialsPropertySource(environment));
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }

    /** Runs after the config files are loaded, so application.yml and profiles are visible. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The configured port, or a free loopback port for 0. */
    static int resolvePort(int configured) {
        if (configured != 0) {
            return configured;
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the local user pool", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
