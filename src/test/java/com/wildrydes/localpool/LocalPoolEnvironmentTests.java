package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

    private static void process(StandardEnvironment environment) {
        new LocalPoolEnvironment().postProcessEnvironment(environment, new SpringApplication());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        return environment;
    }
}
