package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LocalPoolEnvironmentTests {

    @Test
    void whenNoPoolIdConfiguredThenLocalModeWithTheDefaultPortAndTheEndpointPointingAtIt() {
        StandardEnvironment environment = environment(Map.of("wildrydes.cognito.user-pool-id", ""));

        process(environment);

        assertThat(environment.getProperty("wildrydes.local-pool.active")).isEqualTo("true");
        assertThat(environment.getProperty("wildrydes.local-pool.port")).isEqualTo("9229");
        assertThat(environment.getProperty("wildrydes.cognito.endpoint")).isEqualTo("http://127.0.0.1:9229");
    }

    @Test
    void whenPortIsZeroThenAFreePortIsChosenOnceAndUsedEverywhere() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.port", "0"));

        process(environment);

        String port = environment.getProperty("wildrydes.local-pool.port");
        assertThat(Integer.parseInt(port)).isPositive();
        assertThat(environment.getProperty("wildrydes.cognito.endpoint")).isEqualTo("http://127.0.0.1:" + port);
    }

    @Test
    void whenARealPoolIsConfiguredThenNotLocal() {
        StandardEnvironment environment = environment(Map.of("wildrydes.cognito.user-pool-id", "ap-northeast-2_AbC123xYz"));

        process(environment);

        assertThat(environment.getProperty("wildrydes.local-pool.active")).isNull();
        assertThat(environment.getProperty("wildrydes.cognito.endpoint")).isNull();
    }

    @Test
    void whenEnabledExplicitlyThenLocalEvenWithAPoolIdButAnExplicitEndpointIsKept() {
        StandardEnvironment environment = environment(Map.of("wildrydes.cognito.user-pool-id", "ap-northeast-2_AbC123xYz",
                "wildrydes.local-pool.enabled", "true", "wildrydes.cognito.endpoint", "http://proxy:1234"));

        process(environment);

        assertThat(environment.getProperty("wildrydes.local-pool.active")).isEqualTo("true");
        assertThat(environment.getProperty("wildrydes.cognito.endpoint")).isEqualTo("http://proxy:1234");
    }

    @Test
    void whenDisabledExplicitlyThenNotLocalEvenWithoutAPoolId() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "false"));

        process(environment);

        assertThat(environment.getProperty("wildrydes.local-pool.active")).isNull();
    }

    @Test
    void whenLocalThenTheSiteListensOnLoopbackOnly() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "true"));

        process(environment);

        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void whenLocalAndServerAddressSetThenItIsKept() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "true",
                "server.address", "0.0.0.0"));

        process(environment);

        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void whenNotLocalThenTheServerAddressIsLeftAlone() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "false"));

        process(environment);

        assertThat(environment.getProperty("server.address")).isNull();
    }

    @Test
    void whenLocalThenThePoolsPairIsPublishedFromTheDataDirKnownWhenFirstAsked(@TempDir Path dataDir) {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "true"));
        process(environment);
        // as a test's dynamic properties do: the data dir arrives after the environment post-processors ran
        environment.getPropertySources().addFirst(new MapPropertySource("later",
                Map.of("wildrydes.local-pool.data-dir", dataDir.toString())));

        String id = environment.getProperty("wildrydes.cognito.credentials.access-key-id");
        String secret = environment.getProperty("wildrydes.cognito.credentials.secret-access-key");

        PoolCredentials written = PoolCredentials.loadOrCreate(dataDir);
        assertThat(id).isEqualTo(written.accessKeyId());
        assertThat(secret).isEqualTo(written.secretAccessKey());
    }

    @Test
    void whenLocalWithAConfiguredPairThenThatPairIsPublished() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "true",
                "wildrydes.local-pool.access-key-id", "MYKEY", "wildrydes.local-pool.secret-access-key", "my-secret"));

        process(environment);

        assertThat(environment.getProperty("wildrydes.cognito.credentials.access-key-id")).isEqualTo("MYKEY");
        assertThat(environment.getProperty("wildrydes.cognito.credentials.secret-access-key")).isEqualTo("my-secret");
    }

    @Test
    void whenTheEndpointIsNotThePoolThenItsPairIsNotSentThere() {
        StandardEnvironment environment = environment(Map.of("wildrydes.local-pool.enabled", "true",
                "wildrydes.cognito.endpoint", "http://proxy:1234"));

        process(environment);

        assertThat(environment.getProperty("wildrydes.cognito.credentials.access-key-id")).isNull();
    }

    private static void process(StandardEnvironment environment) {
        new LocalPoolEnvironment().postProcessEnvironment(environment, new SpringApplication());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        return environment;
    }
}
