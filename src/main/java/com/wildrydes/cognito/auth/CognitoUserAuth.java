package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

/**
 * Choice-based sign-in (InitiateAuth USER_AUTH): straight after ConfirmSignUp with its Session, and with an emailed
 * code (PREFERRED_CHALLENGE EMAIL_OTP, then RespondToAuthChallenge EMAIL_OTP, or SELECT_CHALLENGE when Cognito lets
 * the user choose). Tokens are verified by {@link CognitoSignIn} before anyone sees them.
 */
final class CognitoUserAuth {

    private final CognitoIdentityProviderClient cognito;
    private final CognitoSignIn signIn;

    CognitoUserAuth(CognitoIdentityProviderClient cognito, CognitoSignIn signIn) {
        this.cognito = cognito;
        this.signIn = signIn;
    }

    /** InitiateAuth USER_AUTH with ConfirmSignUp's Session: no other factor, since the code just proved the email. */
    SignInResult afterSignUp(CognitoPool pool, String email, String session) {
        var answer = cognito.initiateAuth(r -> r.clientId(pool.clientId()).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(CognitoSignIn.withSecretHash(pool, email, Map.of("USERNAME", email)))
                .session(session));
        return signIn.outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                answer.challengeParameters(), answer.session(), email);
    }

    /** InitiateAuth USER_AUTH preferring EMAIL_OTP; a SELECT_CHALLENGE answer is passed on as a choice. */
    SignInResult emailCode(CognitoPool pool, String email) {
        var answer = cognito.initiateAuth(r -> r.clientId(pool.clientId()).authFlow(AuthFlowType.USER_AUTH)
                .authParameters(CognitoSignIn.withSecretHash(pool, email,
                        Map.of("USERNAME", email, "PREFERRED_CHALLENGE", "EMAIL_OTP"))));
        if (answer.challengeName() == ChallengeNameType.SELECT_CHALLENGE) {
            return new SignInResult.ChallengeChoice(email, answer.session(),
                    answer.availableChallengesAsStrings());
        }
        return codeSent(answer.challengeName(), answer.challengeParameters(), answer.session(), email);
    }

    /** RespondToAuthChallenge SELECT_CHALLENGE choosing EMAIL_OTP. */
    SignInResult chooseEmailCode(CognitoPool pool, String username, String session) {
        var answer = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
                .challengeName(ChallengeNameType.SELECT_CHALLENGE).session(session)
                .challengeResponses(CognitoSignIn.withSecretHash(pool, username,
                        Map.of("USERNAME", username, "ANSWER", "EMAIL_OTP"))));
        return codeSent(answer.challengeName(), answer.challengeParameters(), answer.session(), username);
    }

    /** RespondToAuthChallenge EMAIL_OTP with the emailed code. */
    SignInResult answerEmailCode(CognitoPool pool, String username, String session, String code) {
        var answer = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
                .challengeName(ChallengeNameType.EMAIL_OTP).session(session)
                .challengeResponses(CognitoSignIn.withSecretHash(pool, username,
                        Map.of("USERNAME", username, "EMAIL_OTP_CODE", code))));
        return signIn.outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                answer.challengeParameters(), answer.session(), username);
    }

    private static SignInResult codeSent(ChallengeNameType challenge, Map<String, String> parameters, String session,
            String username) {
        if (challenge != ChallengeNameType.EMAIL_OTP) {
            throw new CognitoAuthException(CognitoFailureReason.NOT_AUTHORIZED, String.valueOf(challenge), null);
        }
        return new SignInResult.EmailCodeSent(parameters.getOrDefault("USERNAME", username), session,
                parameters.get("CODE_DELIVERY_DESTINATION"));
    }
}
