package com.wildrydes.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** memory (the default) switches Redis off entirely; redis leaves it on; anything else stops start-up. */
class SessionStoreEnvironmentTests {

    private final SessionStoreEnvironment postProcessor = new SessionStoreEnvironment();

    @Test
    void storeUnsetThenEveryRedisAutoConfigurationIsExcludedBesideTheSitesOwnExclusion() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.autoconfigure.exclude", "com.example.KeptExclusion");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude", String[].class))
                .contains("com.example.KeptExclusion")
                .containsAll(SessionStoreEnvironment.REDIS_AUTO_CONFIGURATIONS);
    }

    @Test
    void storeRedisThenNothingIsExcludedAndHealthGetsASessionStoreGroup() {
        MockEnvironment environment = new MockEnvironment().withProperty("wildrydes.session.store", "redis");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
        assertThat(environment.getProperty("management.endpoint.health.group.session-store.include")).isEqualTo("redis");
    }

    @Test
    void storeMistypedThenStartUpStopsNamingTheSetting() {
        MockEnvironment environment = new MockEnvironment().withProperty("wildrydes.session.store", "rediss");

        assertThatIllegalStateException()
                .isThrownBy(() -> postProcessor.postProcessEnvironment(environment, new SpringApplication()))
                .withMessageContaining("wildrydes.session.store must be memory or redis");
    }
}
