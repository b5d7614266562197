package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.auth.CognitoCalls.call;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.config.SiteUserPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

/**
 * Sign-in with a passkey: InitiateAuth USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN (or SELECT_CHALLENGE answered
 * WEB_AUTHN when Cognito lets the rider choose), then RespondToAuthChallenge WEB_AUTHN with the browser's assertion
 * as CREDENTIAL. Every request carries SECRET_HASH when the app client has a secret. A rider without a passkey gets
 * {@link SignInResult.ChallengeChoice} (what Cognito offers instead); an assertion Cognito refuses fails as
 * PASSKEY_REFUSED, an expired challenge as SESSION_EXPIRED.
 */
public class CognitoPasskeySignIn {

    static final String WEB_AUTHN = "WEB_AUTHN";

    private final CognitoIdentityProviderClient cognito;
    private final SiteUserPool sitePool;
    private final CognitoSignIn signIn;
    private final SignInOutcomes signIns;

    CognitoPasskeySignIn(CognitoIdentityProviderClient cognito, SiteUserPool sitePool, CognitoSignIn signIn,
            SignInOutcomes signIns) {
        this.cognito = cognito;
        this.sitePool = sitePool;
        this.signIn = signIn;
        this.signIns = signIns;
    }

    /** {@link SignInResult.PasskeyRequested} with the options for the browser, or what Cognito offers instead. */
    public SignInResult start(String email) {
        return call(Step.PASSKEY_SIGN_IN, () -> {
            CognitoPool pool = sitePool.current();
            var answer = cognito.initiateAuth(r -> r.clientId(pool.clientId()).authFlow(AuthFlowType.USER_AUTH)
                    .authParameters(CognitoSignIn.withSecretHash(pool, email,
                            Map.of("USERNAME", email, "PREFERRED_CHALLENGE", WEB_AUTHN))));
            if (answer.challengeName() != ChallengeNameType.SELECT_CHALLENGE) {
                return requested(answer.challengeName(), answer.challengeParameters(), answer.session(), email);
            }
            if (!answer.availableChallengesAsStrings().contains(WEB_AUTHN)) {
                return new SignInResult.ChallengeChoice(email, answer.session(), answer.availableChallengesAsStrings());
            }
            var chosen = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
                    .challengeName(ChallengeNameType.SELECT_CHALLENGE).session(answer.session())
                    .challengeResponses(CognitoSignIn.withSecretHash(pool, email,
                            Map.of("USERNAME", email, "ANSWER", WEB_AUTHN))));
            return requested(chosen.challengeName(), chosen.challengeParameters(), chosen.session(), email);
        });
    }

    /** RespondToAuthChallenge WEB_AUTHN with the assertion (AuthenticationResponseJSON text): verified tokens. */
    public SignInResult answer(String username, String session, String credentialJson) {
        try {
            SignInResult result = call(Step.PASSKEY_SIGN_IN, () -> {
                CognitoPool pool = sitePool.current();
                var answer = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
                        .challengeName(ChallengeNameType.WEB_AUTHN).session(session)
                        .challengeResponses(CognitoSignIn.withSecretHash(pool, username,
                                Map.of("USERNAME", username, "CREDENTIAL", credentialJson))));
                return signIn.outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                        answer.challengeParameters(), answer.session(), username);
            });
            signIns.signedIn(result);
            return result;
        } catch (CognitoAuthException failure) {
            signIns.refused(failure);
            throw failure;
        }
    }

    private static SignInResult requested(ChallengeNameType challenge, Map<String, String> parameters,
            String session, String username) {
        String options = parameters.get("CREDENTIAL_REQUEST_OPTIONS");
        if (challenge != ChallengeNameType.WEB_AUTHN || options == null) {
            return new SignInResult.ChallengeChoice(username, session, List.of(String.valueOf(challenge)));
        }
        return new SignInResult.PasskeyRequested(parameters.getOrDefault("USERNAME", username), session, options);
    }
}
