package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.config.CognitoClientConfiguration;
import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings;
import com.wildrydes.cognito.config.CognitoSettingsCheck;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Provisioning from the command line: a Cognito client of its own for any region and endpoint (not the
 * site's), the same {@link PoolProvisioner} the local pool uses, and failures as one sentence. Close it after use.
 */
public final class CognitoProvisioning implements AutoCloseable {

    /** The seed's region, when neither --region nor the default region chain names one. */
    static final String FALLBACK_REGION = "ap-northeast-2";
    /** Creating a pool can take a few seconds; the command may wait longer than a page would. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final CognitoIdentityProviderClient cognito;
    private final PoolProvisioner provisioner;
    private final String region;
    private final String where;

    private CognitoProvisioning(CognitoIdentityProviderClient cognito, String region, String where) {
        this.cognito = cognito;
        this.provisioner = new PoolProvisioner(cognito);
        this.region = region;
        this.where = where;
    }

    /**
     * @param region   the AWS region, or null for the default region chain (then the seed's region)
     * @param endpoint a Cognito-compatible endpoint, or null for AWS's regional one
     */
    public static CognitoProvisioning connect(String region, String endpoint) {
        CognitoSettings target = target(region, endpoint);
        return connect(target, CognitoClientConfiguration.credentialsFor(target));
    }

    static CognitoProvisioning connect(CognitoSettings target, AwsCredentialsProvider credentials) {
        String where = CognitoSettingsCheck.hasText(target.endpoint())
                ? target.endpoint() : "cognito-idp." + target.region() + ".amazonaws.com";
        return new CognitoProvisioning(CognitoClientConfiguration.clientFor(target, credentials, CALL_TIMEOUT),
                target.region(), where);
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
        return region;
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

    @Override
    public void close() {
        cognito.close();
    }
}
