package com.wildrydes.localpool.action;

import com.wildrydes.localpool.outbox.Outbox;
import com.wildrydes.localpool.srp.PendingSrpLogins;
import com.wildrydes.localpool.srp.SrpServer;
import com.wildrydes.localpool.token.AccessTokenReader;
import com.wildrydes.localpool.token.TokenIssuer;
import com.wildrydes.localpool.user.PoolIds;
import com.wildrydes.localpool.user.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * What the actions work with, built once by the configuration (or a test fixture).
 *
 * @param store         users, pools, clients, codes, refresh grants
 * @param outbox        where emails go
 * @param clock         the pool's time (tests move it to expire codes)
 * @param random        for ids, codes, salts
 * @param region        region part of new pool ids and ARNs
 * @param issuerBase    {@code http://127.0.0.1:<port>}; a pool's token issuer is this plus {@code /<poolId>}
 * @param srp           server side of USER_SRP_AUTH
 * @param pendingLogins SRP sign-ins waiting for PASSWORD_VERIFIER
 * @param tokens        signs ID and access tokens
 * @param accessTokens  reads access tokens sent back by clients
 * @param adminEmails   people who join the pool's {@code admins} group when they confirm their sign-up
 */
public record PoolServices(UserStore store, Outbox outbox, Clock clock, SecureRandom random, String region,
        String issuerBase, SrpServer srp, PendingSrpLogins pendingLogins, TokenIssuer tokens,
        AccessTokenReader accessTokens, List<String> adminEmails) {

    public PoolServices {
        adminEmails = adminEmails == null ? List.of() : List.copyOf(adminEmails);
    }

    /** Whether confirming this address puts its user in the {@code admins} group. */
    public boolean isAdminEmail(String email) {
        return email != null && adminEmails.stream().anyMatch(email::equalsIgnoreCase);
    }

    public PoolIds ids() {
        return new PoolIds(random);
    }

    public String issuer(String poolId) {
        return issuerBase + "/" + poolId;
    }
}
