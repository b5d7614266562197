package com.wildrydes.localpool;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The local pool's own key pair for the operations Cognito authorises with IAM (not an AWS key): the configured
 * one, or else one generated on first start into {@code <data-dir>/credentials}, readable by its owner only, in
 * the AWS CLI's credentials-file format (so {@code AWS_SHARED_CREDENTIALS_FILE} can point at it).
 *
 * @param file where the pair is kept, or null when it comes from the settings
 */
public record PoolCredentials(String accessKeyId, String secretAccessKey, Path file) {

    static final String FILE_NAME = "credentials";
    private static final String ID_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The configured pair when both halves are set, else the data dir's; one half alone is a mistake. */
    public static PoolCredentials resolve(String accessKeyId, String secretAccessKey, Path dataDir) {
        boolean id = accessKeyId != null && !accessKeyId.isBlank();
        boolean secret = secretAccessKey != null && !secretAccessKey.isBlank();
        if (id != secret) {
            throw new IllegalStateException("wildrydes.local-pool.access-key-id and wildrydes.local-pool."
                    + "secret-access-key are set together or not at all.");
        }
        return id ? new PoolCredentials(accessKeyId.trim(), secretAccessKey.trim(), null) : loadOrCreate(dataDir);
    }

    /** Synchronised: the environment and the pool's configuration both ask on a first start. */
    public static synchronized PoolCredentials loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                write(file, new PoolCredentials(generatedId(), generatedSecret(), file));
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the local pool's credentials file " + file, e);
        }
    }

    /** The directory is created owner-only if missing; the file is written whole (temp file, then rename). */
    private static void write(Path file, PoolCredentials credentials) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            if (posix()) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        String content = "# The embedded local user pool's own credentials (not AWS's), for its IAM-authorised\n"
                + "# operations (ListUsers, Admin*, ...). Delete this file for a new pair on the next start.\n"
                + "[default]\n"
                + "aws_access_key_id = " + credentials.accessKeyId() + "\n"
                + "aws_secret_access_key = " + credentials.secretAccessKey() + "\n";
        Path temp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp"); // owner-only on POSIX
        try {
            if (posix()) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, content, UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static PoolCredentials read(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file, UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        String id = values.get("aws_access_key_id");
        String secret = values.get("aws_secret_access_key");
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
            throw new IllegalStateException(file + " lacks aws_access_key_id or aws_secret_access_key; delete it "
                    + "and the local pool makes a new pair on its next start.");
        }
        return new PoolCredentials(id, secret, file);
    }

    /** 20 characters like an AWS key id, with a prefix no AWS key has. */
    private static String generatedId() {
        StringBuilder id = new StringBuilder("LOCL");
        for (int i = 0; i < 16; i++) {
            id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }

    /** 40 characters, as an AWS secret; 240 random bits. */
    private static String generatedSecret() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "PoolCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=****, file=" + file + "]";
    }
}
