package com.wildrydes.localpool.protocol;

import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.outbox.OutboxMessage;
import com.wildrydes.localpool.token.SigningKeys;
import com.wildrydes.localpool.user.UserStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local pool's GET endpoints: a pool's JWKS (as Cognito serves it at
 * {@code https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/jwks.json}) and the outbox, which the
 * site's /local/outbox page reads.
 */
final class ResourceEndpoints {

    /** What a GET answers with. */
    record Resource(int status, String contentType, byte[] body) {
    }

    /** The outbox as the site's page reads it. */
    record OutboxPage(List<OutboxMessage> messages) {
    }

    private static final Pattern JWKS = Pattern.compile("/([\\w-]+_[0-9A-Za-z]+)/\\.well-known/jwks\\.json");

    private final UserStore store;
    private final Outbox outbox;
    private final SigningKeys keys;
    private final JsonMapper plain = WireJson.plain();

    ResourceEndpoints(UserStore store, Outbox outbox, SigningKeys keys) {
        this.store = store;
        this.outbox = outbox;
        this.keys = keys;
    }

    Resource find(String path) {
        if (path.equals("/_local/outbox")) {
            return json(200, plain.writeValueAsBytes(new OutboxPage(outbox.newestFirst())));
        }
        Matcher jwks = JWKS.matcher(path);
        if (jwks.matches() && store.read(view -> view.pool(jwks.group(1)).isPresent())) {
            return json(200, keys.jwksJson().getBytes(StandardCharsets.UTF_8));
        }
        return json(404, plain.writeValueAsBytes(Map.of("message", "Not found")));
    }

    private static Resource json(int status, byte[] body) {
        return new Resource(status, "application/json", body);
    }
}
