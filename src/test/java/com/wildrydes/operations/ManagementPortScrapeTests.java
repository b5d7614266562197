package com.wildrydes.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.testsupport.SiteVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code management.server.port} set, the Prometheus scrape lives on that port only (README "Deployment":
 * keep it off the load balancer), so the site's own port has no scrape, whoever asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "wildrydes.local-pool.enabled=true", "wildrydes.local-pool.port=0", "management.server.port=0"})
class ManagementPortScrapeTests {

    @DynamicPropertySource
    static void poolDataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "management-port-pool-");
        registry.add("wildrydes.local-pool.data-dir", dir::toString);
    }

    @LocalServerPort
    int sitePort;

    @LocalManagementPort
    int managementPort;

    @Test
    void managementPortSetThenScrapeAnswersThereAndNotOnTheSitePort() {
        assertThat(managementPort).isNotEqualTo(sitePort);

        SiteVisitor.Page onManagementPort = new SiteVisitor("http://127.0.0.1:" + managementPort)
                .get("/actuator/prometheus");
        SiteVisitor.Page onSitePort = new SiteVisitor("http://127.0.0.1:" + sitePort).get("/actuator/prometheus");

        assertThat(onManagementPort.status()).isEqualTo(200);
        assertThat(onManagementPort.body()).contains("jvm_memory_used_bytes", "wildrydes_signins_total");
        assertThat(onSitePort.status()).isEqualTo(404);
        assertThat(onSitePort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void managementPortSetThenHealthAnswersThere() {
        SiteVisitor.Page health = new SiteVisitor("http://127.0.0.1:" + managementPort).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }
}
