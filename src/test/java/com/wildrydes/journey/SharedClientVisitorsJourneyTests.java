package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/** Visitors sharing one HTTP client, as the benchmark runs them: each signs in with cookies of its own. */
class SharedClientVisitorsJourneyTests extends SiteWithLocalPool {

    private final HttpClient shared = HttpClient.newHttpClient();

    @Test
    void signsInToRideWhenPasswordRightThenOnlyThatVisitorIsSignedIn() {
        String email = newEmail("benched");
        registerAndVerify(email, PASSWORD);
        SiteVisitor rider = new SiteVisitor(shared, URI.create("http://127.0.0.1:" + port + "/"));
        SiteVisitor passerBy = new SiteVisitor(shared, URI.create("http://127.0.0.1:" + port));

        assertThat(rider.signsInToRide(email, PASSWORD)).isTrue();

        assertThat(rider.get("/ride").status()).isEqualTo(200);
        assertThat(passerBy.get("/ride").path()).isEqualTo("/signin");
    }

    @Test
    void signsInToRideWhenPasswordWrongThenFalse() {
        String email = newEmail("mistyped");
        registerAndVerify(email, PASSWORD);
        SiteVisitor rider = new SiteVisitor(shared, URI.create("http://127.0.0.1:" + port));

        assertThat(rider.signsInToRide(email, PASSWORD + "x")).isFalse();
        assertThat(rider.get("/ride").path()).isEqualTo("/signin");
    }
}
