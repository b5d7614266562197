package com.wildrydes.localpool.user;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Throwaway: writes the legacy fixtures with the old store code (run once, before that code is deleted). */
public class LegacyFixtureWriter {

    static final String POOL = "ap-northeast-2_AbC123xYz";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Clock clock = Clock.fixed(StoreExamples.NOW, ZoneOffset.UTC);
        Path binary = Files.createDirectories(out.resolve("snapshot-and-journal"));
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42L);
        StoredUser ann = StoreExamples.user(POOL, "ann", "ann@example.com")
                .withAttribute("email_verified", "true", StoreExamples.NOW).withStatus(UserStatus.CONFIRMED, StoreExamples.NOW)
                .withAttribute("custom:plan", "gold", StoreExamples.NOW);
        StoredUser bob = StoreExamples.user(POOL, "bob", "bob@example.com");
        PoolGroup admins = new PoolGroup(POOL, "admins", "Admins", 1, null, StoreExamples.NOW, StoreExamples.NOW);
        PoolGroup riders = new PoolGroup(POOL, "riders", null, null, null, StoreExamples.NOW, StoreExamples.NOW);
        ConfirmationCode.Issued bobCode = ConfirmationCode.issue(POOL, "bob", CodePurpose.SIGN_UP, StoreExamples.NOW, random);
        AppClient client = new AppClient(POOL, "client1", "WildRydesWebApp", "s3cret", List.of("ALLOW_USER_SRP_AUTH"),
                new TokenValidity(60, "minutes"), new TokenValidity(1, "hours"), new TokenValidity(30, "days"),
                StoreExamples.NOW, StoreExamples.NOW);
        try (UserStore store = UserStore.open(binary, clock)) {
            store.write(tx -> {
                tx.save(StoreExamples.pool(POOL));
                tx.save(client);
                tx.save(ann);
                tx.save(admins);
                tx.save(riders);
                tx.addToGroup(ann, admins);
                tx.addToGroup(ann, riders);
                tx.save(new RefreshGrant("ab".repeat(32), POOL, "client1", "ann", "jti-1", StoreExamples.NOW,
                        StoreExamples.NOW.plusSeconds(86_400), false));
                tx.save(bob);
                tx.save(bobCode.code());
                return null;
            });
        }
        UserStore.open(binary, clock).close(); // folds into snapshot.bin
        ConfirmationCode.Issued cidCode = ConfirmationCode.issue(POOL, "cid", CodePurpose.SIGN_UP, StoreExamples.NOW, random);
        try (UserStore store = UserStore.open(binary, clock)) {
            store.write(tx -> { tx.save(StoreExamples.user(POOL, "cid", "cid@example.com")); tx.save(cidCode.code()); return null; });
            store.write(tx -> { tx.save(ann.withSignIn(new SignInAttempts(2, null))); return null; });
            store.write(tx -> { tx.delete(bob); return null; });
            store.write(tx -> { tx.save(StoreExamples.user(POOL, "dan", "dan@example.com")); return null; });
            store.write(tx -> { tx.removeFromGroup(ann, riders); return null; });
            store.write(tx -> { tx.save(new RefreshGrant("cd".repeat(32), POOL, "client1", "ann", "jti-2", StoreExamples.NOW,
                    StoreExamples.NOW.plusSeconds(86_400), true)); return null; });
        }
        System.out.println("bob code " + bobCode.digits() + ", cid code " + cidCode.digits());

        Path jsonl = Files.createDirectories(out.resolve("jsonl-snapshot"));
        StoreJson json = new StoreJson();
        try (OutputStream stream = Files.newOutputStream(jsonl.resolve(StoreFiles.LEGACY_SNAPSHOT))) {
            for (StoreChange change : List.of(new StoreChange.PoolSaved(StoreExamples.pool(POOL)),
                    new StoreChange.UserSaved(StoreExamples.user(POOL, "eve", "eve@example.com")))) {
                stream.write(json.encode(new UserStore.Commit(List.of(change))));
            }
        }
    }
}
