package com.wildrydes.localpool.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.localpool.IdentityExamples;
import com.wildrydes.localpool.LocalPoolFixture;
import com.wildrydes.localpool.PoolExamples;
import com.wildrydes.localpool.PoolExamples.PoolAndClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The whole exchange through AWS's own clients: a rider's ID token becomes identity-pool credentials, and STS
 * GetCallerIdentity signed with them names the assumed role; anything else gets STS's XML error.
 */
class GetCallerIdentityTests {

    @RegisterExtension
    final LocalPoolFixture pool = new LocalPoolFixture();
    CognitoIdentityClient identity;
    Credentials credentials;

    @BeforeEach
    void riderHasCredentials() {
        identity = IdentityExamples.identityClient(pool);
        PoolAndClient seed = PoolExamples.seed(pool.cognito());
        String poolId = IdentityExamples.ridersPool(identity, seed);
        Map<String, String> logins = Map.of(IdentityExamples.providerName(seed.poolId()),
                IdentityExamples.idTokenOf(pool, seed, "ann@example.com"));
        String identityId = identity.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        credentials = identity.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins)).credentials();
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void getCallerIdentityWithIdentityPoolCredentialsThenTheAssumedAuthenticatedRole() {
        GetCallerIdentityResponse caller;
        try (StsClient sts = IdentityExamples.stsWith(pool, credentials)) {
            caller = sts.getCallerIdentity();
        }

        assertThat(caller.account()).isEqualTo("123456789012");
        assertThat(caller.arn())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/WildRydesRider/CognitoIdentityCredentials");
        assertThat(caller.userId()).matches("AROA[A-Z2-7]{17}:CognitoIdentityCredentials");
    }

    @Test
    void getCallerIdentityWhenSecretWrongThenSignatureDoesNotMatch() {
        try (StsClient sts = sts(credentials.accessKeyId(), "wrong" + credentials.secretKey().substring(5),
                credentials.sessionToken())) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            });
        }
    }

    @Test
    void getCallerIdentityWhenSessionTokenMissingOrUnknownKeyThenInvalidClientTokenId() {
        try (StsClient withoutToken = sts(credentials.accessKeyId(), credentials.secretKey(), "not-the-token");
                StsClient unknownKey = sts("ASIAUNKNOWNKEY000000", credentials.secretKey(), credentials.sessionToken())) {
            assertThatThrownBy(withoutToken::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
            assertThatThrownBy(unknownKey::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void getCallerIdentityWhenCredentialsExpiredThenExpiredToken() {
        pool.advance(Duration.ofHours(1));

        try (StsClient sts = sts(credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken())) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
            });
        }
    }

    @Test
    void getCallerIdentityWhenUnsignedThenStsXmlError() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(pool.endpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString("Action=GetCallerIdentity&Version=2011-06-15"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
        assertThat(response.body()).contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">",
                "<Code>MissingAuthenticationToken</Code>");
    }

    @Test
    void getCallerIdentityWhenSignedWithThePoolsOwnKeyThenInvalidClientTokenId() {
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create(pool.endpoint()))
                .region(Region.of(LocalPoolFixture.REGION)).credentialsProvider(LocalPoolFixture.credentials()).build()) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
        }
    }

    private StsClient sts(String accessKeyId, String secretKey, String sessionToken) {
        return StsClient.builder().endpointOverride(URI.create(pool.endpoint()))
                .region(Region.of(LocalPoolFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(accessKeyId, secretKey, sessionToken)))
                .build();
    }
}
