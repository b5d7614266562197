package com.wildrydes.localpool.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.wildrydes.localpool.token.TokenSubjects.ISSUER;
import static com.wildrydes.localpool.token.TokenSubjects.aRider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

    @TempDir
    Path dataDir;

    @Test
    void whenLoadedAgainThenTheSameKeyComesBack() {
        SigningKeys first = SigningKeys.loadOrCreate(dataDir);

        SigningKeys second = SigningKeys.loadOrCreate(dataDir);

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.signingKey()).isEqualTo(first.signingKey());
    }

    @Test
    void whenFileIsMissingThenAPrivateKeyIsWrittenForItsOwnerOnly() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dataDir.resolve("nested/dir"));

        Path file = dataDir.resolve("nested/dir/signing-key.json");
        RSAKey stored = RSAKey.parse(Files.readString(file));
        assertThat(stored.isPrivate()).isTrue();
        assertThat(stored.getKeyID()).isEqualTo(keys.keyId());
        assertThat(stored.size()).isEqualTo(2048);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void whenACrashLeftATornTempFileThenTheKeyLoadsAndTheTempFileIsGone() throws Exception {
        String keyId = SigningKeys.loadOrCreate(dataDir).keyId();
        Path torn = dataDir.resolve("signing-key.json.123456.tmp");
        Files.writeString(torn, "{\"kty\":\"RSA\",\"n\":\"abc");

        assertThat(SigningKeys.loadOrCreate(dataDir).keyId()).isEqualTo(keyId);
        assertThat(torn).doesNotExist();
    }

    @Test
    void whenOnlyATornTempFileExistsThenANewKeyIsCreated() throws Exception {
        Files.writeString(dataDir.resolve("signing-key.json.99.tmp"), "{\"kty\":\"RSA\"");

        SigningKeys keys = SigningKeys.loadOrCreate(dataDir);

        assertThat(SigningKeys.loadOrCreate(dataDir).keyId()).isEqualTo(keys.keyId());
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("signing-key.json");
        }
    }

    @Test
    void whenKeyFileIsCorruptThenItIsKeptAsideAndANewKeyCreated() throws Exception {
        Files.writeString(dataDir.resolve("signing-key.json"), "{\"kty\":\"RSA\",\"n\":");

        SigningKeys keys = SigningKeys.loadOrCreate(dataDir);

        assertThat(SigningKeys.loadOrCreate(dataDir).keyId()).isEqualTo(keys.keyId());
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("signing-key.json.corrupt-"));
        }
    }

    @Test
    void whenKeyFileCannotBeReadThenLoadingFailsAndNothingIsReplaced() throws Exception {
        Path unreadable = Files.createDirectory(dataDir.resolve("signing-key.json"));

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(dataDir)).isInstanceOf(UncheckedIOException.class);
        assertThat(unreadable).isDirectory();
    }

    @Test
    void jwksHoldsOnlyThePublicKeyWithItsUse() throws Exception {
        SigningKeys keys = SigningKeys.inMemory();

        JWKSet jwks = JWKSet.parse(keys.jwksJson());

        Map<String, Object> key = jwks.getKeys().get(0).toJSONObject();
        assertThat(jwks.getKeys()).hasSize(1);
        assertThat(key).containsOnlyKeys("kty", "e", "n", "kid", "alg", "use")
                .containsEntry("kid", keys.keyId()).containsEntry("alg", "RS256").containsEntry("use", "sig");
        assertThat(keys.jwksJson()).doesNotContain("\"d\"");
    }

    @Test
    void whenTheKeyIsGeneratedInTheBackgroundThenSigningWaitsForItAndItsTokensVerify() throws Exception {
        List<Runnable> generation = new ArrayList<>();
        SigningKeys keys = SigningKeys.loadOrCreate(dataDir, generation::add);
        TokenIssuer issuer = new TokenIssuer(keys, Clock.systemUTC());
        CompletableFuture<IssuedTokens> issued = CompletableFuture.supplyAsync(
                () -> issuer.issue(aRider(), ISSUER, Duration.ofHours(1), Duration.ofHours(1)));

        assertThat(issued).isNotDone();
        assertThat(dataDir.resolve("signing-key.json")).doesNotExist();
        generation.forEach(Runnable::run);

        String accessToken = issued.get(30, TimeUnit.SECONDS).accessToken();
        SigningKeys reloaded = SigningKeys.loadOrCreate(dataDir);
        assertThat(new AccessTokenReader(reloaded, Clock.systemUTC()).read(accessToken, ISSUER).sub())
                .isEqualTo(aRider().sub());
        assertThat(reloaded.keyId()).isEqualTo(keys.keyId());
    }

    @Test
    void whenTheBackgroundKeyCannotBeWrittenThenAwaitingItFails() throws Exception {
        Path keysDir = dataDir.resolve("keys");
        List<Runnable> generation = new ArrayList<>();
        SigningKeys keys = SigningKeys.loadOrCreate(keysDir, generation::add);
        Files.delete(keysDir); // gone before the key is written: the write fails

        generation.forEach(Runnable::run);

        assertThatThrownBy(keys::awaitKey).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot read or write the token signing key");
    }
}
