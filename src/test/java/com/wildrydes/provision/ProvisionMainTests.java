package com.wildrydes.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wildrydes.WildRydesApplication;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code main provision ...} in a JVM of its own, as {@code java -jar wildrydes.jar provision} runs it. */
class ProvisionMainTests {

    final ProvisionWire wire = new ProvisionWire();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void mainWithProvisionPrintsOnlyTheSettingsOnStdoutAndStartsNoWebServer() throws Exception {
        wire.empty();

        Process process = start("provision", "--region", "eu-west-1", "--endpoint", wire.endpoint());

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        String stdout = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String stderr = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stdout.lines()).containsExactly("COGNITO_USER_POOL_ID=" + ProvisionWire.POOL_ID,
                "COGNITO_CLIENT_ID=" + ProvisionWire.CLIENT_ID, "AWS_REGION=eu-west-1",
                "COGNITO_ENDPOINT=" + wire.endpoint());
        assertThat(stderr).contains("Created user pool WildRydes: " + ProvisionWire.POOL_ID)
                .doesNotContain("Tomcat", "Started WildRydesApplication", "DEBUG");
    }

    @Test
    void mainWithProvisionWhenCognitoRefusesExitsWithOneAndOneSentence() throws Exception {
        wire.stub("ListUserPools", ProvisionWire.error(400, "AccessDeniedException", "not allowed"));

        Process process = start("provision", "--region", "eu-west-1", "--endpoint", wire.endpoint());

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isOne();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
        assertThat(Files.readString(dir.resolve("err.txt")).lines())
                .containsExactly("AWS refused the request (AccessDeniedException): the credentials need permission for "
                        + "cognito-idp:ListUserPools, CreateUserPool, ListUserPoolClients, DescribeUserPoolClient, "
                        + "CreateUserPoolClient, CreateGroup, ListUsers and AdminAddUserToGroup.");
    }

    private Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WildRydesApplication.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(new File(dir.toFile(), "out.txt"))
                .redirectError(new File(dir.toFile(), "err.txt"))
                .start();
    }
}
