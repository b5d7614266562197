package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.wildrydes.cognito.config.CognitoPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The promise that AWS's own clients cannot tell the local pool from Cognito, checked with them:
 * amazon-cognito-identity-js signs up, confirms, signs in with SRP, refreshes and signs out, and
 * aws-jwt-verify accepts the ID token (src/test/js). Needs Node.js and {@code npm ci --prefix src/test/js},
 * which .ci/run does; elsewhere the test is skipped with a notice, but never under CI=true.
 */
class AwsJavaScriptClientsTests extends SiteWithLocalPool {

    private static final Path SCRIPTS = Path.of("src", "test", "js");

    @BeforeAll
    static void nodeClientsInstalled() {
        boolean installed = Files.isDirectory(SCRIPTS.resolve("node_modules/amazon-cognito-identity-js"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but src/test/js has no node_modules: run npm ci --prefix src/test/js");
        }
        if (!installed) {
            System.err.println("NOTICE: AWS JavaScript client tests skipped: run npm ci --prefix src/test/js");
        }
        assumeTrue(installed, "AWS JavaScript clients not installed (npm ci --prefix src/test/js)");
    }

    @Value("${wildrydes.cognito.endpoint}")
    String endpoint;

    @Test
    void awsJavaScriptClientsWhenSigningUpInAndOutThenBehaveAsAgainstCognito() throws Exception {
        CognitoPool pool = sitePool.current();

        String output = run("node", "aws-clients-check.mjs", endpoint, pool.userPoolId(), pool.clientId());

        assertThat(output).contains(
                "confirm: ok",
                "srp-sign-in: ok",
                "wrong-password: NotAuthorizedException",
                "refresh: ok",
                "jwt-verify: ok",
                "refresh-after-sign-out: NotAuthorizedException");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        boolean finished = node.waitFor(60, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as("node finished within a minute: %s", output).isTrue();
        assertThat(node.exitValue()).as("node exit code, output: %s", output).isZero();
        return output;
    }
}
