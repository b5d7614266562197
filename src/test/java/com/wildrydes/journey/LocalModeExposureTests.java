package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;

/**
 * The site in local-pool mode as a newcomer starts it: on loopback only, its SDK client signing the pool's
 * management calls with the pool's own key, and its own origin allowed to call the pool from a browser.
 */
class LocalModeExposureTests extends SiteWithLocalPool {

    @Autowired
    ServerProperties server;

    @Value("${wildrydes.cognito.endpoint}")
    String poolEndpoint;

    @Test
    void localModeWhenNoServerAddressSetThenTheSiteListensOnLoopbackOnly() throws Exception {
        assertThat(server.getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void localModeThenTheSitesClientSignsManagementCallsWithThePoolsKey() {
        assertThat(cognito.listUsers(r -> r.userPoolId(sitePool.current().userPoolId())).users()).isNotNull();
        assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools())
                .anySatisfy(pool -> assertThat(pool.id()).isEqualTo(sitePool.current().userPoolId()));
    }

    @Test
    void localModeThenTheSitesOwnOriginMayCallThePoolFromABrowser() throws Exception {
        String siteOrigin = "http://localhost:" + port;

        HttpResponse<Void> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(poolEndpoint + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", siteOrigin).header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(siteOrigin);
    }
}
