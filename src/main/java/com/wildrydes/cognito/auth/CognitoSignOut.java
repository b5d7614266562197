package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoErrorTranslator;
import com.wildrydes.cognito.token.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Ends a user's tokens at Cognito: GlobalSignOut with the access token (every session of the user), and
 * when that is refused (e.g. the access token has expired) RevokeToken on this session's refresh token.
 * Never throws: the caller ends the local session whatever Cognito says.
 */
final class CognitoSignOut {

    private static final Logger log = LoggerFactory.getLogger(CognitoSignOut.class);

    private final CognitoIdentityProviderClient cognito;

    CognitoSignOut(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    /** True when Cognito acknowledged one of the two calls. Logs carry only Cognito's error codes. */
    boolean signOut(SiteUserPool sitePool, Tokens tokens) {
        if (tokens == null) {
            return false;
        }
        try {
            cognito.globalSignOut(r -> r.accessToken(tokens.accessToken()));
            return true;
        } catch (RuntimeException e) {
            log.info("Cognito GlobalSignOut refused: {}; revoking the refresh token instead",
                    CognitoErrorTranslator.codeOf(e));
        }
        try {
            CognitoPool pool = sitePool.current();
            cognito.revokeToken(r -> r.clientId(pool.clientId())
                    .clientSecret(pool.hasClientSecret() ? pool.clientSecret() : null)
                    .token(tokens.refreshToken()));
            return true;
        } catch (RuntimeException e) {
            log.warn("Cognito RevokeToken failed too: {}; the tokens live until they expire",
                    CognitoErrorTranslator.codeOf(e));
            return false;
        }
    }
}
