package com.wildrydes.outbox;

import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.localmode.ConditionalOnLocalPool;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the local user pool's outbox over HTTP ({@code <wildrydes.cognito.endpoint>/_local/outbox}):
 * the site and the pool never share Java objects, only this URL.
 */
@Component
@ConditionalOnLocalPool
class PoolOutboxClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final RestClient pool;

    @Autowired
    PoolOutboxClient(CognitoSettings settings) {
        this(settings.endpoint());
    }

    PoolOutboxClient(String poolEndpoint) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        this.pool = poolEndpoint == null || poolEndpoint.isBlank() ? null
                : RestClient.builder().baseUrl(poolEndpoint.replaceAll("/+$", "")).requestFactory(requests).build();
    }

    /** The messages, newest first, as the pool orders them. */
    List<OutboxEmail> newestFirst() {
        if (pool == null) {
            throw new OutboxUnavailableException("no local pool endpoint is configured", null);
        }
        try {
            Listing listing = pool.get().uri("/_local/outbox").accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(Listing.class);
            return listing == null || listing.messages() == null ? List.of() : listing.messages();
        } catch (RestClientException e) {
            throw new OutboxUnavailableException("the local pool's outbox did not answer", e);
        }
    }

    /** The outbox's JSON: {@code {"messages":[...]}}. */
    record Listing(List<OutboxEmail> messages) {
    }

    /** The pool is not running, not reachable or answered nonsense. */
    static class OutboxUnavailableException extends RuntimeException {
        OutboxUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
