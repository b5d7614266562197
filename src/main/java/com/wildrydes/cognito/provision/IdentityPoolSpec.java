package com.wildrydes.cognito.provision;

/**
 * What {@link IdentityPoolProvisioner} finds or creates: an identity pool, by name, and the IAM role its
 * authenticated identities assume.
 *
 * @param poolName the identity pool's name (Cognito allows several pools with one name; the first found is used)
 * @param roleName the IAM role for authenticated riders, created by {@code provision --with-identity-pool} on AWS
 */
public record IdentityPoolSpec(String poolName, String roleName) {

    /**
     * The account id in the role ARN used against the local pool: it has no IAM, so nothing creates the role there;
     * it accepts any well-formed role ARN and names it back in STS GetCallerIdentity's assumed-role ARN.
     */
    static final String LOCAL_ACCOUNT = "000000000000";

    /** The seed's identity pool for riders and their role. */
    public static final IdentityPoolSpec SITE = new IdentityPoolSpec("WildRydesRiders", "WildRydesRider");

    /** The role ARN the local pool is given for authenticated riders: {@code arn:aws:iam::000000000000:role/<roleName>}. */
    public String localRoleArn() {
        return "arn:aws:iam::" + LOCAL_ACCOUNT + ":role/" + roleName;
    }
}
