package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.auth.CognitoCalls.call;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** Passwords: a forgotten one reset with an emailed code, and changing one while signed in. */
public class CognitoPasswords {

    private final CognitoIdentityProviderClient cognito;
    private final SiteUserPool sitePool;

    CognitoPasswords(CognitoIdentityProviderClient cognito, SiteUserPool sitePool) {
        this.cognito = cognito;
        this.sitePool = sitePool;
    }

    /**
     * ForgotPassword. With PreventUserExistenceErrors an unknown email gets a normal-looking delivery;
     * a user without a verified email fails as USER_NOT_FOUND (AWS simulates a delivery there too).
     */
    public CodeDelivery forgotPassword(String email) {
        return call(Step.FORGOT_PASSWORD, () -> {
            CognitoPool pool = sitePool.current();
            var answer = cognito.forgotPassword(r -> r.clientId(pool.clientId())
                    .secretHash(SecretHash.forUser(pool, email).orElse(null))
                    .username(email));
            return CognitoRegistration.deliveryOf(answer.codeDeliveryDetails());
        });
    }

    /** ConfirmForgotPassword: the emailed code and the new password. */
    public void confirmForgotPassword(String email, String code, String newPassword) {
        call(Step.CONFIRM_FORGOT_PASSWORD, () -> {
            CognitoPool pool = sitePool.current();
            return cognito.confirmForgotPassword(r -> r.clientId(pool.clientId())
                    .secretHash(SecretHash.forUser(pool, email).orElse(null))
                    .username(email)
                    .confirmationCode(code)
                    .password(newPassword));
        });
    }

    /** ChangePassword for the signed-in user; a wrong current password fails as WRONG_CURRENT_PASSWORD. */
    public void changePassword(String accessToken, String previousPassword, String proposedPassword) {
        call(Step.CHANGE_PASSWORD, () -> cognito.changePassword(r -> r.accessToken(accessToken)
                .previousPassword(previousPassword)
                .proposedPassword(proposedPassword)));
    }
}
