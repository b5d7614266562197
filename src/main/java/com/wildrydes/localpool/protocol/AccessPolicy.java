package com.wildrydes.localpool.protocol;

import java.util.List;

/**
 * Who may use the local pool besides a signed-out browser on this machine.
 *
 * @param accessKeyId     the one access key id the pool knows, for the operations Cognito authorises with IAM
 * @param secretAccessKey its secret
 * @param region          the region a signature's credential scope must name
 * @param corsOrigins     browser origins answered with CORS headers (more are added once the site's port is known)
 */
public record AccessPolicy(String accessKeyId, String secretAccessKey, String region, List<String> corsOrigins) {

    public AccessPolicy {
        corsOrigins = List.copyOf(corsOrigins);
    }

    @Override
    public String toString() {
        return "AccessPolicy[accessKeyId=" + accessKeyId + ", secretAccessKey=****, region=" + region
                + ", corsOrigins=" + corsOrigins + "]";
    }
}
