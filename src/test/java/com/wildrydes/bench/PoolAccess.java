package com.wildrydes.bench;

import com.wildrydes.localpool.PoolCredentials;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** The site's pool inside the local pool, reached through the AWS SDK as any Cognito client would. */
final class PoolAccess implements AutoCloseable {

    static final String SITE_POOL = "WildRydes";
    static final String PASSWORD = "Bench-Rider-2026!";

    final String endpoint;
    final String poolId;
    final String clientId;
    private final CognitoIdentityProviderClient cognito;

    private PoolAccess(String endpoint, CognitoIdentityProviderClient cognito, String poolId, String clientId) {
        this.endpoint = endpoint;
        this.cognito = cognito;
        this.poolId = poolId;
        this.clientId = clientId;
    }

    /**
     * Finds the site's pool and app client (the site provisions them on its first sign-in attempt), signing with
     * the key pair the pool generated into its data dir.
     */
    static PoolAccess open(String endpoint, Path dataDir) {
        PoolCredentials key = PoolCredentials.loadOrCreate(dataDir);
        CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
                .region(Region.AP_NORTHEAST_2)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .endpointOverride(URI.create(endpoint))
                .build();
        String poolId = cognito.listUserPools(r -> r.maxResults(60)).userPools().stream()
                .filter(pool -> pool.name().equals(SITE_POOL)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the site has not provisioned its pool")).id();
        String clientId = cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients().get(0).clientId();
        return new PoolAccess(endpoint, cognito, poolId, clientId);
    }

    static String email(int rider) {
        return "rider" + rider + "@bench.wildrydes.local";
    }

    /** Registers and confirms riders 0..count-1 (already registered ones are kept). */
    void registerRiders(int count) {
        for (int rider = 0; rider < count; rider++) {
            String email = email(rider);
            try {
                cognito.signUp(r -> r.clientId(clientId).username(email).password(PASSWORD)
                        .userAttributes(AttributeType.builder().name("email").value(email).build()));
                cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(email));
            } catch (UsernameExistsException alreadyThere) {
                // a second run against the same data dir
            }
        }
    }

    @Override
    public void close() {
        cognito.close();
    }
}
