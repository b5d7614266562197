package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.config.CognitoClientConfiguration;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.CognitoSettingsCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Provisioning from the command line: a Cognito client of its own for any region and endpoint (not the
 * site's), the same {@link PoolProvisioner} the local pool uses, and failures as one sentence. The identity pool
 * step has clients of its own for Cognito Identity and IAM, made when it runs. Close it after use.
 */
public final class CognitoProvisioning implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CognitoProvisioning.class);

    /** The seed's region, when neither --region nor the default region chain names one. */
    static final String FALLBACK_REGION = "ap-northeast-2";
    /** Creating a pool can take a few seconds; the command may wait longer than a page would. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final CognitoIdentityProviderClient cognito;
    private final PoolProvisioner provisioner;
    private final CognitoSettings target;
    private final AwsCredentialsProvider credentials;
    private final String iamEndpoint;
    private final String where;
    private final List<AutoCloseable> identityClients = new ArrayList<>();

    private CognitoProvisioning(CognitoSettings target, AwsCredentialsProvider credentials, String iamEndpoint) {
        this.cognito = CognitoClientConfiguration.clientFor(target, credentials, CALL_TIMEOUT);
        this.provisioner = new PoolProvisioner(cognito);
        this.target = target;
        this.credentials = credentials;
        this.iamEndpoint = iamEndpoint;
        this.where = CognitoSettingsCheck.hasText(target.endpoint())
                ? target.endpoint() : "cognito-idp." + target.region() + ".amazonaws.com";
    }

    /**
     * @param region   the AWS region, or null for the default region chain (then the seed's region)
     * @param endpoint a Cognito-compatible endpoint, or null for AWS's regional one
     */
    public static CognitoProvisioning connect(String region, String endpoint) {
        return connect(region, endpoint, null);
    }

    /**
     * @param iamEndpoint an IAM-compatible endpoint, or null: then IAM's own, unless {@code endpoint} is set (a
     *                    stand-in such as the local pool, which has no IAM: see {@link #provisionIdentityPool})
     */
    public static CognitoProvisioning connect(String region, String endpoint, String iamEndpoint) {
        CognitoSettings target = target(region, endpoint);
        return new CognitoProvisioning(target, CognitoClientConfiguration.credentialsFor(target), iamEndpoint);
    }

    static CognitoProvisioning connect(CognitoSettings target, AwsCredentialsProvider credentials) {
        return new CognitoProvisioning(target, credentials, null);
    }

    static CognitoSettings target(String region, String endpoint) {
        String resolved = CognitoSettingsCheck.hasText(region)
                ? region.trim() : regionOr(() -> new DefaultAwsRegionProviderChain().getRegion());
        return new CognitoSettings(resolved, null, null, null, endpoint, CognitoSettings.AuthFlow.USER_SRP_AUTH);
    }

    static String regionOr(Supplier<Region> chain) {
        try {
            return chain.get().id();
        } catch (RuntimeException e) { // no AWS_REGION, no profile region, not on EC2
            return FALLBACK_REGION;
        }
    }

    public String region() {
        return target.region();
    }

    /**
     * Finds or creates the pool and client {@code spec} names and the {@code admins} group; with an
     * {@code adminEmail}, puts that existing user into {@code admins}.
     *
     * @throws ProvisioningException with one sentence when anything fails
     */
    public CognitoPool provision(PoolSpec spec, String adminEmail) {
        try {
            CognitoPool pool = provisioner.findOrCreate(spec);
            provisioner.ensureGroup(pool.userPoolId(), PoolSpec.ADMINS_GROUP);
            if (adminEmail != null && !provisioner.addToGroup(pool.userPoolId(), adminEmail, PoolSpec.ADMINS_GROUP)) {
                throw new ProvisioningException("No user with the email " + adminEmail + " is in user pool "
                        + pool.userPoolId() + ": register it on the site first, then run provision --admin again.", null);
            }
            return pool;
        } catch (RuntimeException e) {
            throw ProvisioningFailures.explain(e, where);
        }
    }

    /**
     * Finds or creates the identity pool {@code spec} names, linked to {@code userPool}'s app client, and gives its
     * authenticated riders the IAM role {@code spec} names, found or created to trust that pool. Against a stand-in
     * endpoint without an IAM endpoint (the local pool has no IAM) no role is made: the pool gets
     * {@link IdentityPoolSpec#localRoleArn()}, which the local pool takes as it is.
     *
     * @return the identity pool id
     * @throws ProvisioningException with one sentence when anything fails
     */
    public String provisionIdentityPool(IdentityPoolSpec spec, CognitoPool userPool) {
        boolean noIam = CognitoSettingsCheck.hasText(target.endpoint()) && !CognitoSettingsCheck.hasText(iamEndpoint);
        String iamWhere = CognitoSettingsCheck.hasText(iamEndpoint) ? iamEndpoint : "iam.amazonaws.com";
        try {
            IdentityPoolProvisioner pools = new IdentityPoolProvisioner(opened(ProvisioningClients.identity(
                    target, credentials, CALL_TIMEOUT)));
            String poolId = pools.findOrCreate(spec, target.region(), userPool);
            String roleArn;
            if (noIam) {
                roleArn = spec.localRoleArn();
                log.info("No IAM at {}: identity pool {} gets the fixed role {}", where, poolId, roleArn);
            } else {
                roleArn = new RiderRole(opened(ProvisioningClients.iam(iamEndpoint, credentials, CALL_TIMEOUT)))
                        .ensure(spec.roleName(), poolId);
            }
            pools.setAuthenticatedRole(poolId, roleArn);
            return poolId;
        } catch (RuntimeException e) {
            throw ProvisioningFailures.explain(e, "Cognito Identity at " + identityWhere()
                    + (noIam ? "" : " or IAM at " + iamWhere), ProvisioningFailures.IDENTITY_POOL_PERMISSIONS);
        }
    }

    private String identityWhere() {
        return CognitoSettingsCheck.hasText(target.endpoint())
                ? target.endpoint() : "cognito-identity." + target.region() + ".amazonaws.com";
    }

    private <C extends AutoCloseable> C opened(C client) {
        identityClients.add(client);
        return client;
    }

    @Override
    public void close() {
        cognito.close();
        for (AutoCloseable client : identityClients) {
            try {
                client.close();
            } catch (Exception e) { // an SDK client's close does not fail; nothing to do if it did
                log.debug("Closing a provisioning client failed: {}", e.getMessage());
            }
        }
    }
}
