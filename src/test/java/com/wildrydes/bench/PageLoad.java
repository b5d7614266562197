package com.wildrydes.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** Figure 2: the anonymous home page vs the signed-in ride page, same clients, same length, each after a warm-up. */
final class PageLoad {

    record Rates(double indexPerSecond, double ridePerSecond) {
    }

    private PageLoad() {
    }

    static Rates compare(HttpClient http, URI site, int riders, int clients, Duration length) throws Exception {
        Visitor[] signedIn = new Visitor[clients];
        Visitor[] anonymous = new Visitor[clients];
        for (int i = 0; i < clients; i++) {
            signedIn[i] = new Visitor(http, site);
            signedIn[i].signIn(PoolAccess.email(i % riders), PoolAccess.PASSWORD);
            anonymous[i] = new Visitor(http, site);
        }
        Workers.timed(clients, length.dividedBy(4), w -> anonymous[w].get("/").statusCode() == 200);
        double index = Workers.timed(clients, length, w -> anonymous[w].get("/").statusCode() == 200).perSecond();
        Workers.timed(clients, length.dividedBy(4), w -> signedIn[w].get("/ride").statusCode() == 200);
        double ride = Workers.timed(clients, length, w -> signedIn[w].get("/ride").statusCode() == 200).perSecond();
        return new Rates(index, ride);
    }
}
