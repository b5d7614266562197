package com.wildrydes.bench;

import com.wildrydes.testsupport.SiteVisitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** Figure 2: the anonymous home page vs the signed-in ride page, same clients, both warmed, then in alternating rounds. */
final class PageLoad {

    private static final int ROUNDS = 3;

    record Rates(double indexPerSecond, double ridePerSecond) {
    }

    private PageLoad() {
    }

    static Rates compare(HttpClient http, URI site, int riders, int clients, Duration length) throws Exception {
        SiteVisitor[] signedIn = new SiteVisitor[clients];
        SiteVisitor[] anonymous = new SiteVisitor[clients];
        for (int i = 0; i < clients; i++) {
            signedIn[i] = new SiteVisitor(http, site);
            signedIn[i].signsInToRide(PoolAccess.email(i % riders), PoolAccess.PASSWORD);
            anonymous[i] = new SiteVisitor(http, site);
        }
        Workers.Step index = w -> anonymous[w].get("/").status() == 200;
        Workers.Step ride = w -> signedIn[w].get("/ride").status() == 200;
        Workers.timed(clients, length.dividedBy(2), index); // both pages warm before either is timed
        Workers.timed(clients, length.dividedBy(2), ride);
        double[][] rates = new double[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) { // alternating, so both see the same machine
            rates[0][round] = Workers.timed(clients, length.dividedBy(ROUNDS), index).perSecond();
            rates[1][round] = Workers.timed(clients, length.dividedBy(ROUNDS), ride).perSecond();
        }
        return new Rates(Latencies.median(rates[0]), Latencies.median(rates[1]));
    }
}
