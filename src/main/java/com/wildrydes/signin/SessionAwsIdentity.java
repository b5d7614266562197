package com.wildrydes.signin;

import com.wildrydes.cognito.identity.AwsIdentityException;
import com.wildrydes.cognito.identity.CallerIdentity;
import com.wildrydes.cognito.identity.CognitoIdentityService;
import com.wildrydes.cognito.identity.RiderCredentials;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rider's AWS credentials from the identity pool, kept in the signed-in session: fetched at sign-in, fetched
 * again on a page that wants them when fewer than {@link #REFRESH_AHEAD} remain or an earlier attempt failed, and
 * gone with the session at sign-out. The identity pool never blocks sign-in: a failure leaves the session without
 * credentials and is logged with AWS's error code only (never the token, the secret key or the session token).
 */
@Component
public class SessionAwsIdentity {

    /** Session attribute: the rider's {@link RiderCredentials}. */
    static final String CREDENTIALS = SessionAwsIdentity.class.getName() + ".CREDENTIALS";
    /** Session attribute: STS's answer for the session's current credentials ({@link KnownCaller}). */
    static final String CALLER = SessionAwsIdentity.class.getName() + ".CALLER";
    /** Credentials closer than this to expiry are renewed, so a call made with them does not fail half-way. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SessionAwsIdentity.class);

    private final CognitoIdentityService identities;
    private final Clock clock;

    SessionAwsIdentity(CognitoIdentityService identities, Clock clock) {
        this.identities = identities;
        this.clock = clock;
    }

    /** False when the site has no identity pool: there are no AWS credentials to show. */
    public boolean hasIdentityPool() {
        return identities.hasIdentityPool();
    }

    /** At sign-in: best effort, a failure only logged. */
    void obtain(SignedInUser rider, HttpSession session) {
        if (hasIdentityPool()) {
            renew(rider, session);
        }
    }

    /**
     * The session's credentials, renewed with the rider's current ID token when missing or about to expire; empty
     * when the identity pool cannot give any now (a reload tries again).
     */
    public Optional<RiderCredentials> current(SignedInUser rider, HttpSession session) {
        if (!hasIdentityPool()) {
            return Optional.empty();
        }
        RiderCredentials kept = session.getAttribute(CREDENTIALS) instanceof RiderCredentials c ? c : null;
        if (kept != null && !kept.expiresWithin(REFRESH_AHEAD, clock.instant())) {
            return Optional.of(kept);
        }
        Optional<RiderCredentials> fresh = renew(rider, session);
        if (fresh.isEmpty() && kept != null && !kept.expiresWithin(Duration.ZERO, clock.instant())) {
            session.setAttribute(CREDENTIALS, kept); // not renewed, but still good for a few minutes
            return Optional.of(kept);
        }
        return fresh;
    }

    private Optional<RiderCredentials> renew(SignedInUser rider, HttpSession session) {
        try {
            RiderCredentials fresh = identities.credentialsFor(rider.tokens().idToken());
            session.setAttribute(CREDENTIALS, fresh);
            return Optional.of(fresh);
        } catch (AwsIdentityException e) {
            session.removeAttribute(CREDENTIALS); // expiring ones would only fail later
            log.warn("AWS identity unavailable for {}: {}", rider.sub(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Who STS said these credentials are, if it was asked since they were issued: the answer cannot change for the
     * same credentials, so a page view need not ask again (one STS call per credentials, not per view).
     */
    public Optional<CallerIdentity> knownCaller(RiderCredentials credentials, HttpSession session) {
        return session.getAttribute(CALLER) instanceof KnownCaller known
                && known.accessKeyId().equals(credentials.accessKeyId()) ? Optional.of(known.caller()) : Optional.empty();
    }

    /** Keeps STS's answer for {@code credentials}; renewed credentials have another key id, so it is asked again. */
    public void rememberCaller(RiderCredentials credentials, CallerIdentity caller, HttpSession session) {
        session.setAttribute(CALLER, new KnownCaller(credentials.accessKeyId(), caller));
    }

    /** STS's answer and the (public) key id of the credentials it was about. */
    record KnownCaller(String accessKeyId, CallerIdentity caller) implements Serializable {
    }
}
