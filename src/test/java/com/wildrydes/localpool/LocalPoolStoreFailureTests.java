package com.wildrydes.localpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import com.wildrydes.localpool.user.StoreFaults;
import com.wildrydes.localpool.user.StoreOpenException;
import com.wildrydes.localpool.user.UserStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** What the operator and the callers see when the store fails: at start-up, and on a commit later. */
class LocalPoolStoreFailureTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();

    @TempDir
    Path dir;

    @Test
    void whenACommitFailsThenTheCallAnswersCognitosInternalErrorJsonAndHealthIsDownWithTheReason() throws Exception {
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        StoreFaults.diskFull(pool.store());

        HttpResponse<String> failed = null;
        for (int rider = 0; rider < 100 && failed == null; rider++) { // the file's free space takes a few first
            HttpResponse<String> response = signUp(seed, "rider" + rider + "@example.com");
            failed = response.statusCode() == 200 ? null : response;
        }

        assertThat(failed).isNotNull();
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(failed.body()).isEqualTo("{\"__type\":\"InternalErrorException\",\"message\":\"An internal error occurred.\"}");
        Health health = new LocalPoolHealth(pool.store()).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("store").toString()).contains("could not save a change").contains("SQLITE_FULL");

        StoreFaults.diskFreed(pool.store());
        assertThat(signUp(seed, "after@example.com").statusCode()).isEqualTo(200);
        assertThat(new LocalPoolHealth(pool.store()).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void whenTheStoreCannotBeOpenedThenTheStartFailureIsItsOneSentence() throws IOException {
        Files.writeString(dir.resolve("pool.db"), "not a SQLite file, nor a pool store");
        UserStore store = UserStore.openInBackground(dir, Clock.systemUTC());
        Throwable startFailure = org.assertj.core.api.Assertions.catchThrowable(store::awaitLoaded);

        FailureAnalysis analysis = new LocalPoolStoreFailureAnalyzer().analyze(startFailure);

        assertThat(analysis.getDescription()).isEqualTo("The local pool store " + dir.resolve("pool.db") + " is damaged"
                + " (SQLite: file is not a database); restore it from a copy, or move pool.db and any pool.db-* beside"
                + " it out of " + dir + " to start with an empty pool.");
        assertThat(analysis.getAction()).contains("wildrydes.local-pool.data-dir");
        assertThat(new LocalPoolHealth(store).health().getDetails()).containsEntry("store", analysis.getDescription());
        assertThatThrownBy(() -> store.read(view -> view.pools())).hasRootCauseInstanceOf(StoreOpenException.class);
    }

    private HttpResponse<String> signUp(PoolAndClient seed, String email) throws IOException, InterruptedException {
        String body = "{\"ClientId\":\"" + seed.clientId() + "\",\"Username\":\"" + email + "\",\"Password\":\""
                + PoolExamples.PASSWORD + "\",\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"" + email + "\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(pool.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
