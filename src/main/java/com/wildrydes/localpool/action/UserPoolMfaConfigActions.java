package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.user.PoolMfaConfig;
import com.wildrydes.localpool.wire.MfaShapes.GetUserPoolMfaConfigRequest;
import com.wildrydes.localpool.wire.MfaShapes.SetUserPoolMfaConfigRequest;
import com.wildrydes.localpool.wire.MfaShapes.SoftwareTokenMfaConfigType;
import com.wildrydes.localpool.wire.MfaShapes.UserPoolMfaConfigResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Set;

/**
 * A pool's MFA settings:
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html">SetUserPoolMfaConfig</a>
 * and <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserPoolMfaConfig.html">GetUserPoolMfaConfig</a>.
 * MfaConfiguration is OFF, ON or OPTIONAL; ON or OPTIONAL needs a kind of MFA turned on. A member left out keeps
 * its value. Deviations: only software tokens (SMS, email and WebAuthn settings are ignored and never answered);
 * the refusal's wording is the local pool's.
 */
final class UserPoolMfaConfigActions {

    private static final Set<String> CONFIGURATIONS = Set.of("OFF", "ON", "OPTIONAL");

    private final PoolServices services;

    UserPoolMfaConfigActions(PoolServices services) {
        this.services = services;
    }

    UserPoolMfaConfigResponse set(SetUserPoolMfaConfigRequest request) {
        PoolMfaConfig saved = services.store().write(tx -> {
            Pools.require(tx, request.userPoolId());
            PoolMfaConfig current = tx.mfaConfig(request.userPoolId());
            String configuration = request.mfaConfiguration() == null ? current.mfaConfiguration()
                    : request.mfaConfiguration();
            if (!CONFIGURATIONS.contains(configuration)) {
                throw new PoolException(PoolError.INVALID_PARAMETER, "1 validation error detected: Value '"
                        + configuration + "' at 'mfaConfiguration' failed to satisfy constraint: Member must"
                        + " satisfy enum value set: [OFF, ON, OPTIONAL]");
            }
            SoftwareTokenMfaConfigType software = request.softwareTokenMfaConfiguration();
            boolean softwareEnabled = software == null || software.enabled() == null
                    ? current.softwareTokenEnabled() : software.enabled();
            if (!configuration.equals("OFF") && !softwareEnabled) {
                throw new PoolException(PoolError.INVALID_PARAMETER,
                        "At least one MFA type must be enabled when MFA is ON or OPTIONAL.");
            }
            PoolMfaConfig config = new PoolMfaConfig(request.userPoolId(), configuration, softwareEnabled);
            tx.save(config);
            return config;
        });
        return response(saved);
    }

    UserPoolMfaConfigResponse get(GetUserPoolMfaConfigRequest request) {
        return response(services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            return view.mfaConfig(request.userPoolId());
        }));
    }

    private static UserPoolMfaConfigResponse response(PoolMfaConfig config) {
        return new UserPoolMfaConfigResponse(new SoftwareTokenMfaConfigType(config.softwareTokenEnabled()),
                config.mfaConfiguration());
    }
}
