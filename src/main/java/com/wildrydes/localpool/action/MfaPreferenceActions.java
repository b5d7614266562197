package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.AdminUsers;
import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.user.SoftwareToken;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.MfaShapes.AdminSetUserMFAPreferenceRequest;
import com.wildrydes.localpool.wire.MfaShapes.SetUserMFAPreferenceRequest;
import com.wildrydes.localpool.wire.MfaShapes.SoftwareTokenMfaSettingsType;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/**
 * Turning a user's authenticator app on or off as their MFA:
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserMFAPreference.html">SetUserMFAPreference</a>
 * (the user, by access token) and
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserMFAPreference.html">AdminSetUserMFAPreference</a>.
 * Turning it on needs a verified app (InvalidParameterException "User has not verified software token mfa");
 * preferred needs enabled. Absent settings leave the user's as they are. Deviations: SMS, email and WebAuthn
 * settings are ignored (the local pool has no such MFA).
 */
final class MfaPreferenceActions {

    static final String NOT_VERIFIED = "User has not verified software token mfa";

    private final PoolServices services;
    private final AccessTokens accessTokens;

    MfaPreferenceActions(PoolServices services, AccessTokens accessTokens) {
        this.services = services;
        this.accessTokens = accessTokens;
    }

    EmptyResponse set(SetUserMFAPreferenceRequest request) {
        StoredUser user = accessTokens.authenticate(request.accessToken()).user();
        return apply(user, request.softwareTokenMfaSettings());
    }

    EmptyResponse adminSet(AdminSetUserMFAPreferenceRequest request) {
        StoredUser user = services.store().read(view -> AdminUsers.require(view, request.userPoolId(),
                request.username()));
        return apply(user, request.softwareTokenMfaSettings());
    }

    private EmptyResponse apply(StoredUser user, SoftwareTokenMfaSettingsType settings) {
        if (settings == null) {
            return new EmptyResponse();
        }
        services.store().write(tx -> {
            SoftwareToken token = tx.softwareToken(user.poolId(), user.username());
            boolean enabled = settings.enabled() == null ? token.enabled() : settings.enabled();
            boolean preferred = settings.preferredMfa() == null ? token.preferred() && enabled
                    : settings.preferredMfa();
            if (enabled && !token.verified()) {
                throw new PoolException(PoolError.INVALID_PARAMETER, NOT_VERIFIED);
            }
            if (preferred && !enabled) {
                throw new PoolException(PoolError.INVALID_PARAMETER,
                        "Software token MFA must be enabled to be the preferred MFA.");
            }
            tx.save(token.withPreference(enabled, preferred));
            return null;
        });
        return new EmptyResponse();
    }
}
