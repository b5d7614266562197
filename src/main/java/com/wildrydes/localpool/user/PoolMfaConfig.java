package com.wildrydes.localpool.user;

/**
 * A pool's MFA settings as SetUserPoolMfaConfig sets them; a pool never configured is {@link #off}.
 *
 * @param poolId               the pool
 * @param mfaConfiguration     OFF, ON (every user signs in with a second factor) or OPTIONAL (users who turned it on)
 * @param softwareTokenEnabled SoftwareTokenMfaConfiguration.Enabled: authenticator apps may be set up
 */
public record PoolMfaConfig(String poolId, String mfaConfiguration, boolean softwareTokenEnabled) {

    public static PoolMfaConfig off(String poolId) {
        return new PoolMfaConfig(poolId, "OFF", false);
    }

    public boolean required() {
        return mfaConfiguration.equals("ON");
    }

    public boolean active() {
        return !mfaConfiguration.equals("OFF");
    }
}
