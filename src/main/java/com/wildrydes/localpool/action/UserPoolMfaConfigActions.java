package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.user.PoolMfaConfig;
import com.wildrydes.localpool.user.PoolWebAuthnConfig;
import com.wildrydes.localpool.wire.MfaShapes.GetUserPoolMfaConfigRequest;
import com.wildrydes.localpool.wire.MfaShapes.SetUserPoolMfaConfigRequest;
import com.wildrydes.localpool.wire.MfaShapes.SoftwareTokenMfaConfigType;
import com.wildrydes.localpool.wire.MfaShapes.UserPoolMfaConfigResponse;
import com.wildrydes.localpool.wire.MfaShapes.WebAuthnConfigurationType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Set;

/**
 * A pool's MFA settings:
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html">SetUserPoolMfaConfig</a>
 * and <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserPoolMfaConfig.html">GetUserPoolMfaConfig</a>.
 * MfaConfiguration is OFF, ON or OPTIONAL; ON or OPTIONAL needs a kind of MFA turned on. A member left out keeps
 * its value. WebAuthnConfiguration keeps RelyingPartyId and UserVerification ({@code required} or
 * {@code preferred}, Cognito's default) and is always answered. Deviations: only software tokens among the MFA
 * kinds (SMS and email settings are ignored and never answered); WebAuthn's FactorConfiguration is ignored; the
 * refusals' wording is the local pool's.
 */
final class UserPoolMfaConfigActions {

    private static final Set<String> CONFIGURATIONS = Set.of("OFF", "ON", "OPTIONAL");
    private static final Set<String> USER_VERIFICATIONS = Set.of(PoolWebAuthnConfig.REQUIRED,
            PoolWebAuthnConfig.PREFERRED);

    private final PoolServices services;

    UserPoolMfaConfigActions(PoolServices services) {
        this.services = services;
    }

    UserPoolMfaConfigResponse set(SetUserPoolMfaConfigRequest request) {
        services.store().write(tx -> {
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
            if (request.webAuthnConfiguration() != null) {
                tx.save(webAuthn(tx.webAuthnConfig(request.userPoolId()), request.webAuthnConfiguration()));
            }
            return config;
        });
        return get(new GetUserPoolMfaConfigRequest(request.userPoolId()));
    }

    /** A member left out keeps its value, as for the MFA settings. */
    private static PoolWebAuthnConfig webAuthn(PoolWebAuthnConfig current, WebAuthnConfigurationType given) {
        String verification = given.userVerification() == null ? current.userVerification()
                : given.userVerification();
        if (!USER_VERIFICATIONS.contains(verification)) {
            throw new PoolException(PoolError.INVALID_PARAMETER, "1 validation error detected: Value '"
                    + verification + "' at 'webAuthnConfiguration.userVerification' failed to satisfy constraint:"
                    + " Member must satisfy enum value set: [required, preferred]");
        }
        String relyingPartyId = given.relyingPartyId() == null ? current.relyingPartyId() : given.relyingPartyId();
        return new PoolWebAuthnConfig(current.poolId(), relyingPartyId, verification);
    }

    UserPoolMfaConfigResponse get(GetUserPoolMfaConfigRequest request) {
        return services.store().read(view -> {
            Pools.require(view, request.userPoolId());
            PoolMfaConfig config = view.mfaConfig(request.userPoolId());
            PoolWebAuthnConfig webAuthn = view.webAuthnConfig(request.userPoolId());
            return new UserPoolMfaConfigResponse(new SoftwareTokenMfaConfigType(config.softwareTokenEnabled()),
                    config.mfaConfiguration(), new WebAuthnConfigurationType(webAuthn.relyingPartyId(),
                            webAuthn.userVerification(), null));
        });
    }
}
