package com.wildrydes.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoolOutboxClientTests {

    private final WireMockServer pool = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        pool.start();
    }

    @AfterEach
    void stop() {
        pool.stop();
    }

    @Test
    void readsThePoolsOutboxNewestFirstWithTheCode() {
        pool.stubFor(get(urlEqualTo("/_local/outbox")).willReturn(okJson("""
                {"messages":[
                  {"destination":"a@b.c","subject":"Your verification code",
                   "body":"Your verification code is 123456.","sentAt":"2026-11-27T09:05:03Z"},
                  {"destination":"d@e.f","subject":"Your verification code",
                   "body":"Your verification code is 000042.","sentAt":"2026-11-27T09:00:00Z"}]}""")));

        var messages = new PoolOutboxClient(pool.baseUrl() + "/").newestFirst();

        assertThat(messages).extracting(OutboxEmail::destination).containsExactly("a@b.c", "d@e.f");
        assertThat(messages.get(0).sentAt()).isEqualTo(Instant.parse("2026-11-27T09:05:03Z"));
        assertThat(messages).extracting(OutboxEmail::code).containsExactly("123456", "000042");
    }

    @Test
    void whenThePoolFailsThenOutboxUnavailable() {
        pool.stubFor(get(urlEqualTo("/_local/outbox")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> new PoolOutboxClient(pool.baseUrl()).newestFirst())
                .isInstanceOf(PoolOutboxClient.OutboxUnavailableException.class);
    }

    @Test
    void whenThePoolIsNotRunningThenOutboxUnavailable() {
        String stopped = pool.baseUrl();
        pool.stop();

        assertThatThrownBy(() -> new PoolOutboxClient(stopped).newestFirst())
                .isInstanceOf(PoolOutboxClient.OutboxUnavailableException.class);
    }

    @Test
    void whenNoEndpointIsConfiguredThenOutboxUnavailable() {
        assertThatThrownBy(() -> new PoolOutboxClient("").newestFirst())
                .isInstanceOf(PoolOutboxClient.OutboxUnavailableException.class);
    }

    @Test
    void aBodyWithoutSixDigitsHasNoCode() {
        assertThat(new OutboxEmail("a@b.c", "Hello", "Welcome, 12345 or 1234567 are not codes.", Instant.EPOCH)
                .code()).isNull();
    }
}
