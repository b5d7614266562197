package com.wildrydes.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wildrydes.testsupport.SiteVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an operator reads, on the site as it runs with the local pool: the Prometheus scrape (loopback only here,
 * no management port) and ECS JSON logs, turned on by the one setting the README gives, with the request id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0", "logging.structured.format.console=ecs"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OperatorSignalsTests {

    private static final String PASSWORD = "Unicorn-Rides-42";

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "operations-pool-");
        registry.add("wildrydes.local-pool.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimitedRequests rateLimited;

    @Autowired
    ApplicationContext context;

    SiteVisitor visitor;

    @BeforeEach
    void arrive() {
        visitor = new SiteVisitor("http://127.0.0.1:" + port);
    }

    @Test
    void scrapeFromLoopbackAfterSignInsThenShowsSignInAndCognitoCallSeriesBesideBootsOwn() {
        String email = "counted-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        visitor.submit("/register", "/register", Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD));
        visitor.submit("/verify", "/verify", Map.of("email", email, "code", visitor.codeSentTo(email)));
        assertThat(signIn(email, "Wrong-Password-1").status()).isEqualTo(200);
        assertThat(signIn(email, PASSWORD).path()).isEqualTo("/ride");
        rateLimited.refused("signin");

        SiteVisitor.Page scrape = visitor.get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).containsPattern("wildrydes_signins_total\\{[^}]*outcome=\"success\"[^}]*} [1-9]")
                .containsPattern("wildrydes_signins_total\\{[^}]*outcome=\"wrong_password\"[^}]*} [1-9]")
                .contains("outcome=\"locked\"", "outcome=\"challenge\"", "outcome=\"error\"")
                .containsPattern("wildrydes_cognito_calls_seconds_count\\{[^}]*operation=\"InitiateAuth\"[^}]*outcome=\"success\"")
                .containsPattern("wildrydes_cognito_calls_seconds_count\\{[^}]*operation=\"RespondToAuthChallenge\"[^}]*outcome=\"refused\"")
                .containsPattern("wildrydes_rate_limited_total\\{[^}]*endpoint=\"signin\"[^}]*} 1")
                .contains("wildrydes_cognito_calls_seconds_bucket{", "jvm_memory_used_bytes",
                        "tomcat_sessions_active_current_sessions", "http_server_requests_seconds_count{");
    }

    @Test
    void scrapeFromAnotherHostThenNotFound() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        })).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk()); // MockMvc's default client is 127.0.0.1
    }

    @Test
    void requestWithAnIdThenEveryJsonLogLineOfItCarriesTheIdAndTheAnswerEchoesIt(CapturedOutput output) throws Exception {
        mvc.perform(post("/signin").with(csrf()).header(RequestIdFilter.HEADER, "lb-7f3a-42")
                        .param("email", "nobody-" + UUID.randomUUID() + "@example.com").param("password", "Wrong-Password-1"))
                .andExpect(status().isOk()).andExpect(header().string(RequestIdFilter.HEADER, "lb-7f3a-42"));

        String refusal = output.getOut().lines().filter(line -> line.contains("Cognito SIGN_IN refused"))
                .reduce((first, last) -> last).orElseThrow();
        assertThat(refusal).startsWith("{").contains("\"requestId\":\"lb-7f3a-42\"", "\"level\":\"INFO\"")
                .doesNotContain("Wrong-Password-1");
    }

    @Test
    void requestWithAnIdThatIsNotAnIdThenAFreshOneIsUsed() throws Exception {
        mvc.perform(get("/").header(RequestIdFilter.HEADER, "x\", \"forged\": \"1"))
                .andExpect(header().string(RequestIdFilter.HEADER, org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void sessionsInMemoryThenNoRedisConnectionFactoryAndNoRedisHealth() throws Exception {
        assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
        mvc.perform(get("/actuator/health/redis")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private SiteVisitor.Page signIn(String email, String password) {
        return visitor.submit("/signin", "/signin", Map.of("email", email, "password", password));
    }
}
