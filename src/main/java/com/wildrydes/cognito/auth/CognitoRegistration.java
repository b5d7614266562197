package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.auth.CognitoCalls.call;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * Signing up: SignUp, ConfirmSignUp with the emailed code, ResendConfirmationCode. Failures surface as
 * CognitoAuthException.
 */
public class CognitoRegistration {

    private final CognitoIdentityProviderClient cognito;
    private final SiteUserPool sitePool;

    CognitoRegistration(CognitoIdentityProviderClient cognito, SiteUserPool sitePool) {
        this.cognito = cognito;
        this.sitePool = sitePool;
    }

    /** SignUp with the email as username and the {@code email} attribute. */
    public CodeDelivery signUp(String email, String password) {
        return call(Step.SIGN_UP, () -> {
            CognitoPool pool = sitePool.current();
            var answer = cognito.signUp(r -> r.clientId(pool.clientId())
                    .secretHash(SecretHash.forUser(pool, email).orElse(null))
                    .username(email)
                    .password(password)
                    .userAttributes(AttributeType.builder().name("email").value(email).build()));
            CodeDelivery delivery = deliveryOf(answer.codeDeliveryDetails());
            return new CodeDelivery(delivery.destination(), delivery.medium(), answer.session());
        });
    }

    /**
     * ConfirmSignUp with the emailed code and, when there is one, SignUp's Session. Returns the Session for
     * {@link CognitoAuthService#signInAfterSignUp}, empty when Cognito gave none (no session passed, or the client
     * disallows USER_AUTH).
     */
    public Optional<String> confirmSignUp(String email, String code, String signUpSession) {
        return call(Step.CONFIRM_SIGN_UP, () -> {
            CognitoPool pool = sitePool.current();
            return Optional.ofNullable(cognito.confirmSignUp(r -> r.clientId(pool.clientId())
                    .secretHash(SecretHash.forUser(pool, email).orElse(null))
                    .username(email)
                    .confirmationCode(code)
                    .session(signUpSession)).session());
        });
    }

    /** ResendConfirmationCode. */
    public CodeDelivery resendConfirmationCode(String email) {
        return call(Step.RESEND_CODE, () -> {
            CognitoPool pool = sitePool.current();
            var answer = cognito.resendConfirmationCode(r -> r.clientId(pool.clientId())
                    .secretHash(SecretHash.forUser(pool, email).orElse(null))
                    .username(email));
            return deliveryOf(answer.codeDeliveryDetails());
        });
    }

    /** Cognito omits the details when the pool sends no code (e.g. auto-confirmed users). */
    static CodeDelivery deliveryOf(CodeDeliveryDetailsType details) {
        if (details == null) {
            return new CodeDelivery(null, null);
        }
        return new CodeDelivery(details.destination(), details.deliveryMediumAsString());
    }
}
