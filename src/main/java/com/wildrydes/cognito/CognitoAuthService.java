package com.wildrydes.cognito;

import com.wildrydes.cognito.CognitoErrors.Step;
import com.wildrydes.cognito.CognitoSettings.AuthFlow;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * The site's one door to Cognito: each method is one user-facing step and returns the app's own
 * records. Every Cognito or transport failure surfaces as a {@link CognitoAuthException}.
 */
public class CognitoAuthService {

    private final CognitoIdentityProviderClient cognito;
    private final SiteUserPool sitePool;
    private final CognitoSignIn signIn;
    private final AuthFlow authFlow;

    CognitoAuthService(CognitoIdentityProviderClient cognito, SiteUserPool sitePool, CognitoSignIn signIn,
            AuthFlow authFlow) {
        this.cognito = cognito;
        this.sitePool = sitePool;
        this.signIn = signIn;
        this.authFlow = authFlow;
    }

    /** SignUp with the email as username and the {@code email} attribute. */
    public CodeDelivery signUp(String email, String password) {
        return call(Step.SIGN_UP, () -> {
            CognitoPool pool = sitePool.current();
            var answer = cognito.signUp(r -> r.clientId(pool.clientId())
                    .secretHash(pool.secretHashFor(email).orElse(null))
                    .username(email)
                    .password(password)
                    .userAttributes(AttributeType.builder().name("email").value(email).build()));
            return deliveryOf(answer.codeDeliveryDetails());
        });
    }

    /** ConfirmSignUp with the emailed code. */
    public void confirmSignUp(String email, String code) {
        call(Step.CONFIRM_SIGN_UP, () -> {
            CognitoPool pool = sitePool.current();
            return cognito.confirmSignUp(r -> r.clientId(pool.clientId())
                    .secretHash(pool.secretHashFor(email).orElse(null))
                    .username(email)
                    .confirmationCode(code));
        });
    }

    /** ResendConfirmationCode. */
    public CodeDelivery resendConfirmationCode(String email) {
        return call(Step.RESEND_CODE, () -> {
            CognitoPool pool = sitePool.current();
            var answer = cognito.resendConfirmationCode(r -> r.clientId(pool.clientId())
                    .secretHash(pool.secretHashFor(email).orElse(null))
                    .username(email));
            return deliveryOf(answer.codeDeliveryDetails());
        });
    }

    /** InitiateAuth (USER_SRP_AUTH by default, or USER_PASSWORD_AUTH) and, for SRP, the PASSWORD_VERIFIER answer. */
    public SignInResult signIn(String email, String password) {
        return call(Step.SIGN_IN, () -> authFlow == AuthFlow.USER_PASSWORD_AUTH
                ? signIn.withPassword(sitePool.current(), email, password)
                : signIn.withSrp(sitePool.current(), email, password));
    }

    private static <T> T call(Step step, Supplier<T> cognitoCall) {
        try {
            return cognitoCall.get();
        } catch (RuntimeException e) {
            throw CognitoErrors.translate(step, e);
        }
    }

    /** Cognito omits the details when the pool sends no code (e.g. auto-confirmed users). */
    private static CodeDelivery deliveryOf(CodeDeliveryDetailsType details) {
        if (details == null) {
            return new CodeDelivery(null, null);
        }
        return new CodeDelivery(details.destination(), details.deliveryMediumAsString());
    }
}
