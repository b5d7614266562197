package com.wildrydes.cognito.provision;

/**
 * What {@link PoolProvisioner} finds or creates: a user pool and one app client, both by name.
 *
 * @param poolName     the user pool's name (Cognito allows several pools with one name; the first found is used)
 * @param clientName   the app client's name within that pool
 * @param withSecret   create the app client with a generated secret (server-side apps may; the site needs none)
 * @param passwordAuth also allow USER_PASSWORD_AUTH (SRP, USER_AUTH and refresh are always allowed)
 * @param mfa          a new pool's MfaConfiguration: OFF, or OPTIONAL / ON with authenticator apps (TOTP) allowed
 * @param emailCodes   create the pool with EMAIL_OTP beside PASSWORD in SignInPolicy.AllowedFirstAuthFactors (on AWS
 *                     this needs the Essentials tier or above and email sent through Amazon SES)
 * @param passkeysRelyingPartyId null: no passkeys; else create the pool with WEB_AUTHN in AllowedFirstAuthFactors and
 *                     this relying party id (the site's domain) in its WebAuthnConfiguration (Essentials tier on AWS)
 */
public record PoolSpec(String poolName, String clientName, boolean withSecret, boolean passwordAuth, String mfa,
        boolean emailCodes, String passkeysRelyingPartyId) {

    /** A pool without MFA, email codes or passkeys. */
    public PoolSpec(String poolName, String clientName, boolean withSecret, boolean passwordAuth) {
        this(poolName, clientName, withSecret, passwordAuth, "OFF", false, null);
    }

    public boolean passkeys() {
        return passkeysRelyingPartyId != null;
    }

    /** This spec with passkeys for {@code relyingPartyId}. */
    public PoolSpec withPasskeysFor(String relyingPartyId) {
        return new PoolSpec(poolName, clientName, withSecret, passwordAuth, mfa, emailCodes, relyingPartyId);
    }

    /** The group whose members may open the site's admin pages ({@code cognito:groups} in the ID token). */
    public static final String ADMINS_GROUP = "admins";

    /**
     * The seed's pool and client, as the embedded local pool serves them: MFA OPTIONAL with authenticator apps (a
     * rider who turns none on is asked for their password only), and email codes and passkeys (relying party
     * {@code localhost}) as first factors.
     */
    public static final PoolSpec SITE = new PoolSpec("WildRydes", "WildRydesWebApp", false, true, "OPTIONAL", true,
            "localhost");
}
