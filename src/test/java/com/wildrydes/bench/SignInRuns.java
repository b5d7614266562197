package com.wildrydes.bench;

import com.wildrydes.testsupport.SiteVisitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** Full sign-ins through a site (GET /signin, POST, follow to /ride), each by a new visitor as a random rider. */
final class SignInRuns {

    /** Light load: few enough clients that a sign-in's latency is its own work, not queueing. */
    static final int LIGHT_LOAD_CLIENTS = 4;

    private final HttpClient http;
    private final int riders;

    SignInRuns(HttpClient http, int riders) {
        this.http = http;
        this.riders = riders;
    }

    /** Each of {@code clients} signs in again and again until {@code length} has passed. */
    Workers.Outcome timed(URI site, int clients, Duration length) throws InterruptedException {
        return Workers.timed(clients, length, worker -> signIn(site, worker));
    }

    /** {@code clients} sign-ins released together. */
    Workers.Outcome atOnce(URI site, int clients) throws InterruptedException {
        return Workers.once(clients, worker -> signIn(site, worker));
    }

    /** Sign-in p50 in milliseconds at light load over {@code length}. */
    double lightLoadP50(URI site, Duration length) throws InterruptedException {
        return timed(site, LIGHT_LOAD_CLIENTS, length).latencies().percentileMs(50);
    }

    private boolean signIn(URI site, int worker) throws Exception {
        String email = PoolAccess.email((int) ((worker + System.nanoTime()) % riders));
        return new SiteVisitor(http, site).signsInToRide(email, PoolAccess.PASSWORD);
    }
}
