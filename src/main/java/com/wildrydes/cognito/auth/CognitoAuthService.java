package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.auth.CognitoCalls.call;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.CognitoSettings.AuthFlow;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Signing in and staying signed in: each method is one user-facing step and returns the app's own records. Every
 * Cognito or transport failure surfaces as a {@link CognitoAuthException}. Signing up is {@link CognitoRegistration}'s
 * job, passwords {@link CognitoPasswords}', the authenticator app {@link CognitoAuthenticatorApp}'s, passkeys
 * {@link CognitoPasskeys}'.
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
}
