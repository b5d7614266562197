package com.wildrydes.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.ratelimit.RateLimitSettings.Limit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** application.yml's limits bind as README lists them, and the buckets live where the sessions live. */
class RateLimitConfigurationTests {

    private final ApplicationContextRunner site = new ApplicationContextRunner()
            .withInitializer(context -> applicationYml().forEach(
                    source -> context.getEnvironment().getPropertySources().addLast(source)))
            .withUserConfiguration(SiteClock.class, RateLimitConfiguration.class);

    @Test
    void applicationYmlLimitsBindWithTheNumbersReadmeGives() {
        site.run(context -> {
            RateLimitSettings settings = context.getBean(RateLimitSettings.class);
            assertThat(settings.enabled()).isTrue();
            assertThat(settings.memoryBuckets()).isEqualTo(20_000);
            assertThat(settings.signIn().perAddress()).isEqualTo(new Limit(60, Duration.ofMinutes(5)));
            assertThat(settings.signIn().perEmail()).isEqualTo(new Limit(10, Duration.ofMinutes(5)));
            assertThat(settings.forgot().perEmail()).isEqualTo(new Limit(5, Duration.ofMinutes(15)));
            assertThat(settings.resend().perAddress()).isEqualTo(new Limit(20, Duration.ofMinutes(15)));
        });
    }

    @Test
    void enabledFalseFromTheEnvironmentTurnsThemOff() {
        site.withPropertyValues("wildrydes.rate-limit.enabled=false").run(context ->
                assertThat(context.getBean(RateLimitSettings.class).enabled()).isFalse());
    }

    @Test
    void bucketsInMemoryWhenTheSiteHasNoRedis() {
        site.run(context -> assertThat(context.getBean(BucketStore.class).proxies()).isInstanceOf(MemoryProxyManager.class));
    }

    @Test
    void bucketsInRedisWhenSessionsAreInRedis() {
        site.withBean(LettuceConnectionFactory.class, LettuceConnectionFactory::new)
                .run(context -> assertThat(context.getBean(BucketStore.class)).isInstanceOf(RedisBucketStore.class));
    }

    private static Iterable<PropertySource<?>> applicationYml() {
        try {
            return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RateLimitSettings.class)
    static class SiteClock {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
