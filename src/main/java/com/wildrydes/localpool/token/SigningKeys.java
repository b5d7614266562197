package com.wildrydes.localpool.token;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pool's RSA key for signing tokens, kept in the data directory as a private JWK so tokens stay
 * valid across restarts. The key id is the key's RFC 7638 thumbprint.
 *
 * <p>A key file that reads but does not hold a usable key (edited by hand, say) is kept aside under a
 * {@code .corrupt-<millis>} name and replaced with a new key, with a warning: the pool still starts, and
 * nothing is lost. A file that cannot be read at all (permissions, I/O) stops the start instead, because
 * a new key would silently end every signed-in session.
 *
 * <p>Generating a key costs about a second of one core on a cold JVM, so a first start may do it on
 * another thread ({@link #loadOrCreate(Path, Executor)}); every use of the key waits for it.
 */
public final class SigningKeys {

    static final String FILE_NAME = "signing-key.json";
    private static final int KEY_BITS = 2048;
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final CompletableFuture<RSAKey> signingKey;

    private SigningKeys(CompletableFuture<RSAKey> signingKey) {
        this.signingKey = signingKey;
    }

    /** Loads the key from {@code dataDir/signing-key.json}, creating the file when it is missing. */
    public static SigningKeys loadOrCreate(Path dataDir) {
        return loadOrCreate(dataDir, Runnable::run);
    }

    /**
     * Loads the key now; a missing or unusable one is generated and written by {@code generator}. A failure to
     * write it surfaces from {@link #awaitKey()} and from every use of the key.
     */
    public static SigningKeys loadOrCreate(Path dataDir, Executor generator) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            KeyFile.deleteTornWrites(dataDir, FILE_NAME);
            if (Files.exists(file)) {
                Optional<RSAKey> stored = usableKey(new String(Files.readAllBytes(file), UTF_8));
                if (stored.isPresent()) {
                    return new SigningKeys(CompletableFuture.completedFuture(stored.get()));
                }
                Path aside = KeyFile.moveAside(file);
                log.warn("Signing key file {} holds no usable key; kept it as {} and created a new key, "
                        + "so sessions signed with the old one end", file, aside.getFileName());
            }
        } catch (IOException e) {
            throw cannotReadOrWrite(dataDir, e);
        }
        return new SigningKeys(CompletableFuture.supplyAsync(() -> createIn(file), generator));
    }

    /** A key that lives only in memory: for tests, and for pools that need no persistence. */
    public static SigningKeys inMemory() {
        return new SigningKeys(CompletableFuture.completedFuture(newKey()));
    }

    /** Waits until the key exists; throws what generating or writing it threw. */
    public SigningKeys awaitKey() {
        signingKey();
        return this;
    }

    public String keyId() {
        return signingKey().getKeyID();
    }

    public RSAKey signingKey() {
        try {
            return signingKey.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The JWK Set to serve at {@code /<poolId>/.well-known/jwks.json}: the public key only. */
    public String jwksJson() {
        return new JWKSet(signingKey().toPublicJWK()).toString(true);
    }

    private static RSAKey createIn(Path file) {
        RSAKey created = newKey();
        try {
            KeyFile.writeAtomically(file, created.toJSONString());
        } catch (IOException e) {
            throw cannotReadOrWrite(file.getParent(), e);
        }
        log.info("Created a signing key with id {} in {}", created.getKeyID(), file);
        return created;
    }

    private static UncheckedIOException cannotReadOrWrite(Path dataDir, IOException e) {
        return new UncheckedIOException("Cannot read or write the token signing key in " + dataDir, e);
    }

    private static Optional<RSAKey> usableKey(String json) {
        try {
            if (JWK.parse(json) instanceof RSAKey key && key.isPrivate() && key.size() >= KEY_BITS
                    && key.getKeyID() != null) {
                return Optional.of(key);
            }
        } catch (ParseException | IllegalArgumentException e) {
            log.debug("Signing key file does not parse as a JWK: {}", e.getMessage());
        }
        return Optional.empty();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(KEY_BITS)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
