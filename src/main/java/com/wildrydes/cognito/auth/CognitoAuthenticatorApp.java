package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoErrorTranslator;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * Authenticator-app MFA (TOTP) for the pages: turning it on and off from the account page (AssociateSoftwareToken,
 * VerifySoftwareToken, SetUserMFAPreference, GetUser), and the two sign-in challenges it brings: SOFTWARE_TOKEN_MFA
 * (a code) and MFA_SETUP (a pool that requires MFA, for a rider without an app). Failures surface as
 * CognitoAuthException: a wrong code as CODE_MISMATCH, a code already used as CODE_ALREADY_USED, an expired
 * challenge as SESSION_EXPIRED.
 */
public class CognitoAuthenticatorApp {

    static final String SOFTWARE_TOKEN_MFA = "SOFTWARE_TOKEN_MFA";

    private final CognitoIdentityProviderClient cognito;
    private final SiteUserPool sitePool;
    private final CognitoSignIn signIn;

    CognitoAuthenticatorApp(CognitoIdentityProviderClient cognito, SiteUserPool sitePool, CognitoSignIn signIn) {
        this.cognito = cognito;
        this.sitePool = sitePool;
        this.signIn = signIn;
    }

    /** True when the signed-in rider's app is on (GetUser's UserMFASettingList names SOFTWARE_TOKEN_MFA). */
    public boolean isOn(String accessToken) {
        return call(Step.AUTHENTICATOR_SETUP, () -> cognito.getUser(r -> r.accessToken(accessToken))
                .userMFASettingList().contains(SOFTWARE_TOKEN_MFA));
    }

    /** AssociateSoftwareToken for the signed-in rider: a new secret for their app. */
    public AuthenticatorSecret associate(String accessToken) {
        return call(Step.AUTHENTICATOR_SETUP, () -> new AuthenticatorSecret(
                cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode(), null));
    }

    /** VerifySoftwareToken with a code from the app, then SetUserMFAPreference: on and preferred. */
    public void turnOn(String accessToken, String code) {
        call(Step.AUTHENTICATOR_CODE, () -> verified(cognito.verifySoftwareToken(r -> r.accessToken(accessToken)
                .userCode(code).friendlyDeviceName("Wild Rydes")).status()));
        call(Step.AUTHENTICATOR_SETUP, () -> cognito.setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true))));
    }

    /** SetUserMFAPreference: off; sign-in asks only for the password again (unless the pool requires MFA). */
    public void turnOff(String accessToken) {
        call(Step.AUTHENTICATOR_SETUP, () -> cognito.setUserMFAPreference(r -> r.accessToken(accessToken)
                .softwareTokenMfaSettings(s -> s.enabled(false).preferredMfa(false))));
    }

    /** Answers SOFTWARE_TOKEN_MFA with the app's code; {@code username} is the challenge's. */
    public SignInResult answerCode(String username, String session, String code) {
        return call(Step.AUTHENTICATOR_CODE, () -> respond(ChallengeNameType.SOFTWARE_TOKEN_MFA, username, session,
                Map.of("SOFTWARE_TOKEN_MFA_CODE", code)));
    }

    /** MFA_SETUP, first step: AssociateSoftwareToken with the challenge Session. */
    public AuthenticatorSecret associateAtSignIn(String session) {
        return call(Step.AUTHENTICATOR_SETUP, () -> {
            var answer = cognito.associateSoftwareToken(r -> r.session(session));
            return new AuthenticatorSecret(answer.secretCode(), answer.session());
        });
    }

    /** MFA_SETUP, last step: VerifySoftwareToken with the Session, then RespondToAuthChallenge MFA_SETUP. */
    public SignInResult finishSetupAtSignIn(String username, String session, String code) {
        return call(Step.AUTHENTICATOR_CODE, () -> {
            var verified = cognito.verifySoftwareToken(r -> r.session(session).userCode(code)
                    .friendlyDeviceName("Wild Rydes"));
            verified(verified.status());
            return respond(ChallengeNameType.MFA_SETUP, username, verified.session(), Map.of());
        });
    }

    private SignInResult respond(ChallengeNameType challenge, String username, String session,
            Map<String, String> answers) {
        CognitoPool pool = sitePool.current();
        Map<String, String> responses = new HashMap<>(answers);
        responses.put("USERNAME", username);
        SecretHash.forUser(pool, username).ifPresent(hash -> responses.put("SECRET_HASH", hash));
        var answer = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId()).challengeName(challenge)
                .challengeResponses(responses).session(session));
        return signIn.outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                answer.challengeParameters(), answer.session(), username);
    }

    /** VerifySoftwareToken answers ERROR rather than failing in some cases: a wrong code all the same. */
    private static Object verified(VerifySoftwareTokenResponseType status) {
        if (status != VerifySoftwareTokenResponseType.SUCCESS) {
            throw new CognitoAuthException(CognitoFailureReason.CODE_MISMATCH, String.valueOf(status), null);
        }
        return status;
    }

    private static <T> T call(Step step, Supplier<T> cognitoCall) {
        try {
            return cognitoCall.get();
        } catch (RuntimeException e) {
            throw CognitoErrorTranslator.translate(step, e);
        }
    }
}
