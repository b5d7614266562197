package com.wildrydes.localpool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded local user pool ({@code wildrydes.local-pool.*}). Whether it runs at all
 * ({@code wildrydes.local-pool.enabled}) is decided before any bean exists: see {@code LocalMode}.
 *
 * @param port    loopback port it listens on; 0 picks a free one at start-up
 * @param dataDir where pools, users, codes, keys and the outbox are kept between runs
 * @param region  region part of generated pool ids; follows {@code wildrydes.cognito.region}
 * @param admins  emails of people who get the admin group (used by the account features)
 * @param latency an artificial delay added to every call, to make benchmarks resemble a remote Cognito
 * @param accessKeyId     the pool's own access key id for IAM-authorised operations; unset: generated into dataDir
 * @param secretAccessKey its secret, set together with accessKeyId
 * @param corsOrigins     browser origins besides the site's own that may call the pool (e.g. http://localhost:8000)
 */
@ConfigurationProperties("wildrydes.local-pool")
public record LocalPoolSettings(
        @DefaultValue("9229") int port,
        @DefaultValue("./data/local-pool") Path dataDir,
        @DefaultValue("ap-northeast-2") String region,
        @DefaultValue List<String> admins,
        @DefaultValue("0s") Duration latency,
        String accessKeyId,
        String secretAccessKey,
        @DefaultValue List<String> corsOrigins) {

    @Override
    public String toString() {
        return "LocalPoolSettings[port=" + port + ", dataDir=" + dataDir + ", region=" + region
                + ", admins=" + admins + ", latency=" + latency + ", accessKeyId=" + accessKeyId
                + ", secretAccessKey=" + (secretAccessKey == null || secretAccessKey.isBlank() ? "none" : "****")
                + ", corsOrigins=" + corsOrigins + "]";
    }
}
