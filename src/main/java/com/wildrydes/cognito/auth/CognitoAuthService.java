package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import com.wildrydes.cognito.error.CognitoErrorTranslator;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import java.util.Optional;
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
    private final CognitoSignOut signOut;
    private final AuthFlow authFlow;
    private final SignInOutcomes signIns;
    private final CognitoUserAuth userAuth;

    CognitoAuthService(CognitoIdentityProviderClient cognito, SiteUserPool sitePool, CognitoSignIn signIn,
            AuthFlow authFlow) {
        this(cognito, sitePool, signIn, authFlow, SignInOutcomes.unregistered());
    }

    CognitoAuthService(CognitoIdentityProviderClient cognito, SiteUserPool sitePool, CognitoSignIn signIn,
            AuthFlow authFlow, SignInOutcomes signIns) {
        this.signIns = signIns;
        this.cognito = cognito;
        this.sitePool = sitePool;
        this.signIn = signIn;
        this.signOut = new CognitoSignOut(cognito);
        this.authFlow = authFlow;
        this.userAuth = new CognitoUserAuth(cognito, signIn);
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
     * {@link #signInAfterSignUp}, empty when Cognito gave none (no session passed, or the client disallows USER_AUTH).
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

    /** InitiateAuth USER_AUTH with ConfirmSignUp's Session: signed in without the password, verified tokens. */
    public SignInResult signInAfterSignUp(String email, String confirmSession) {
        return counted(() -> call(Step.SIGN_IN,
                () -> userAuth.afterSignUp(sitePool.current(), email, confirmSession)));
    }

    /**
     * InitiateAuth USER_AUTH preferring EMAIL_OTP: {@link SignInResult.EmailCodeSent}, or, when Cognito lets the user
     * choose and offers EMAIL_OTP, that choice made; else {@link SignInResult.ChallengeChoice} with what it offers.
     */
    public SignInResult startEmailCodeSignIn(String email) {
        return call(Step.SIGN_IN, () -> {
            CognitoPool pool = sitePool.current();
            SignInResult first = userAuth.emailCode(pool, email);
            if (first instanceof SignInResult.ChallengeChoice choice
                    && choice.availableChallenges().contains("EMAIL_OTP")) {
                return userAuth.chooseEmailCode(pool, choice.username(), choice.session());
            }
            return first;
        });
    }

    /** RespondToAuthChallenge EMAIL_OTP with the {@link SignInResult.EmailCodeSent}'s username and session. */
    public SignInResult answerEmailCode(String username, String session, String code) {
        return counted(() -> call(Step.SIGN_IN,
                () -> userAuth.answerEmailCode(sitePool.current(), username, session, code)));
    }

    private SignInResult counted(Supplier<SignInResult> attempt) {
        try {
            SignInResult result = attempt.get();
            signIns.signedIn(result);
            return result;
        } catch (CognitoAuthException failure) {
            signIns.refused(failure);
            throw failure;
        }
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

    /**
     * InitiateAuth (USER_SRP_AUTH by default, or USER_PASSWORD_AUTH) and, for SRP, the PASSWORD_VERIFIER answer.
     * Both tokens are verified before {@link SignInResult.Authenticated} is returned; a token that fails
     * throws NOT_AUTHORIZED.
     */
    public SignInResult signIn(String email, String password) {
        try {
            SignInResult result = call(Step.SIGN_IN, () -> authFlow == AuthFlow.USER_PASSWORD_AUTH
                    ? signIn.withPassword(sitePool.current(), email, password)
                    : signIn.withSrp(sitePool.current(), email, password));
            signIns.signedIn(result);
            return result;
        } catch (CognitoAuthException failure) {
            signIns.refused(failure);
            throw failure;
        }
    }

    /**
     * RespondToAuthChallenge NEW_PASSWORD_REQUIRED with the {@link SignInResult.NewPasswordRequired}'s username
     * and session. A session Cognito no longer accepts fails as SESSION_EXPIRED.
     */
    public SignInResult completeNewPassword(String username, String session, String newPassword) {
        return call(Step.COMPLETE_NEW_PASSWORD,
                () -> signIn.withNewPassword(sitePool.current(), username, session, newPassword));
    }

    /**
     * New ID and access tokens for the refresh token (InitiateAuth REFRESH_TOKEN_AUTH), verified; the refresh
     * token is kept. A revoked or expired refresh token fails as NOT_AUTHORIZED.
     */
    public SignInResult.Authenticated refresh(Tokens current, VerifiedIdentity identity) {
        return call(Step.REFRESH, () -> signIn.refreshed(sitePool.current(), current, identity));
    }

    /**
     * GetUser with the access token: true while Cognito still honours it; false when Cognito refuses the user or
     * the token (disabled: "User is disabled.", revoked by GlobalSignOut or RevokeToken, deleted:
     * UserNotFoundException). Throws UNAVAILABLE or TOO_MANY_ATTEMPTS when Cognito could not tell.
     */
    public boolean userStillValid(String accessToken) {
        try {
            call(Step.CHECK_USER, () -> cognito.getUser(r -> r.accessToken(accessToken)));
            return true;
        } catch (CognitoAuthException failure) {
            if (failure.failure() == CognitoFailureReason.NOT_AUTHORIZED
                    || failure.failure() == CognitoFailureReason.USER_NOT_FOUND) {
                return false;
            }
            throw failure;
        }
    }

    /**
     * GlobalSignOut, or RevokeToken on the refresh token if that is refused. Never throws: end the local
     * session regardless. Returns whether Cognito acknowledged.
     */
    public boolean signOut(Tokens tokens) {
        return signOut.signOut(sitePool, tokens);
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
            return deliveryOf(answer.codeDeliveryDetails());
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

    private static <T> T call(Step step, Supplier<T> cognitoCall) {
        try {
            return cognitoCall.get();
        } catch (RuntimeException e) {
            throw CognitoErrorTranslator.translate(step, e);
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
