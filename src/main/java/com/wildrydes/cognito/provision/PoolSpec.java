package com.wildrydes.cognito.provision;

/**
 * What {@link PoolProvisioner} finds or creates: a user pool and one app client, both by name.
 *
 * @param poolName     the user pool's name (Cognito allows several pools with one name; the first found is used)
 * @param clientName   the app client's name within that pool
 * @param withSecret   create the app client with a generated secret (server-side apps may; the site needs none)
 * @param passwordAuth also allow USER_PASSWORD_AUTH (SRP and refresh are always allowed)
 * @param mfa          a new pool's MfaConfiguration: OFF, or OPTIONAL / ON with authenticator apps (TOTP) allowed
 */
public record PoolSpec(String poolName, String clientName, boolean withSecret, boolean passwordAuth, String mfa) {

    /** A pool without MFA. */
    public PoolSpec(String poolName, String clientName, boolean withSecret, boolean passwordAuth) {
        this(poolName, clientName, withSecret, passwordAuth, "OFF");
    }

    /** The group whose members may open the site's admin pages ({@code cognito:groups} in the ID token). */
    public static final String ADMINS_GROUP = "admins";

    /**
     * The seed's pool and client, as the embedded local pool serves them; MFA OPTIONAL with authenticator apps, so
     * a rider may turn one on from their account (a rider who does not is asked for their password only).
     */
    public static final PoolSpec SITE = new PoolSpec("WildRydes", "WildRydesWebApp", false, true, "OPTIONAL");
}
