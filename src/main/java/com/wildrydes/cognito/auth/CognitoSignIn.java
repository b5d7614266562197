package com.wildrydes.cognito.auth;

import com.wildrydes.cognito.config.CognitoPool;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.srp.SrpClient.PasswordClaim;
import com.wildrydes.cognito.srp.SrpClient.PasswordVerifierChallenge;
import com.wildrydes.cognito.srp.SrpClient;
import com.wildrydes.cognito.token.PoolTokenVerifiers;
import com.wildrydes.cognito.token.Tokens;
import com.wildrydes.cognito.token.VerifiedIdentity;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

/**
 * Sign-in as InitiateAuth and, for USER_SRP_AUTH, the PASSWORD_VERIFIER answer; the NEW_PASSWORD_REQUIRED
 * answer; and refresh. The password never leaves this JVM with SRP; with USER_PASSWORD_AUTH it goes to
 * Cognito over TLS. Tokens are verified before anyone sees them.
 */
final class CognitoSignIn {

    private static final int DEFAULT_EXPIRES_IN_SECONDS = 3600;

    private final CognitoIdentityProviderClient cognito;
    private final Function<String, SrpClient> srpClients;
    private final Clock clock;
    private final PoolTokenVerifiers verifiers;

    /** {@code srpClients} starts one SRP attempt for a pool name (tests pass a known secret). */
    CognitoSignIn(CognitoIdentityProviderClient cognito, Function<String, SrpClient> srpClients, Clock clock,
            PoolTokenVerifiers verifiers) {
        this.cognito = cognito;
        this.srpClients = srpClients;
        this.clock = clock;
        this.verifiers = verifiers;
    }

    SignInResult withSrp(CognitoPool pool, String email, String password) {
        SrpClient srp = srpClients.apply(pool.poolName());
        Map<String, String> parameters = withSecretHash(pool, email, Map.of("USERNAME", email, "SRP_A", srp.srpA()));
        var challenge = cognito.initiateAuth(r -> r.clientId(pool.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(parameters));
        if (challenge.challengeName() != ChallengeNameType.PASSWORD_VERIFIER) {
            throw unsupported(challenge.challengeNameAsString());
        }
        Map<String, String> asked = challenge.challengeParameters();
        // Cognito's own user id (a UUID in email-as-username pools): x, the signature and SECRET_HASH use it
        String userId = asked.get("USER_ID_FOR_SRP");
        PasswordClaim claim = srp.answer(new PasswordVerifierChallenge(userId, asked.get("SALT"), asked.get("SRP_B"),
                asked.get("SECRET_BLOCK")), password, clock.instant());
        Map<String, String> responses = withSecretHash(pool, userId, Map.of(
                "USERNAME", userId,
                "PASSWORD_CLAIM_SECRET_BLOCK", asked.get("SECRET_BLOCK"),
                "PASSWORD_CLAIM_SIGNATURE", claim.signature(),
                "TIMESTAMP", claim.timestamp()));
        var answer = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER).challengeResponses(responses)
                .session(challenge.session()));
        return outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                answer.challengeParameters(), answer.session(), email);
    }

    SignInResult withPassword(CognitoPool pool, String email, String password) {
        Map<String, String> parameters = withSecretHash(pool, email, Map.of("USERNAME", email, "PASSWORD", password));
        var answer = cognito.initiateAuth(r -> r.clientId(pool.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(parameters));
        return outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                answer.challengeParameters(), answer.session(), email);
    }

    /** Answers NEW_PASSWORD_REQUIRED; {@code username} is the challenge's (USER_ID_FOR_SRP), as is SECRET_HASH's. */
    SignInResult withNewPassword(CognitoPool pool, String username, String session, String newPassword) {
        Map<String, String> responses = withSecretHash(pool, username,
                Map.of("USERNAME", username, "NEW_PASSWORD", newPassword));
        var answer = cognito.respondToAuthChallenge(r -> r.clientId(pool.clientId())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).challengeResponses(responses)
                .session(session));
        return outcome(pool, answer.authenticationResult(), answer.challengeNameAsString(),
                answer.challengeParameters(), answer.session(), username);
    }

    /** REFRESH_TOKEN_AUTH; SECRET_HASH must use cognito:username, since the email is not in the request. */
    SignInResult.Authenticated refreshed(CognitoPool pool, Tokens current, VerifiedIdentity identity) {
        if (current.refreshToken() == null || current.refreshToken().isBlank()) {
            throw new CognitoAuthException(CognitoFailureReason.NOT_AUTHORIZED, "NoRefreshToken", null);
        }
        String username = identity.username() != null ? identity.username() : identity.sub();
        Map<String, String> parameters = withSecretHash(pool, username,
                Map.of("REFRESH_TOKEN", current.refreshToken()));
        var answer = cognito.initiateAuth(r -> r.clientId(pool.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(parameters));
        AuthenticationResultType result = answer.authenticationResult();
        if (result == null) {
            throw unsupported(answer.challengeNameAsString());
        }
        // Cognito returns a new refresh token only when the client rotates them; otherwise the old one stays valid
        String refreshToken = result.refreshToken() != null ? result.refreshToken() : current.refreshToken();
        return authenticated(pool, result, refreshToken);
    }

    /** Tokens, or the challenge the site has a page for; any other challenge is refused. */
    SignInResult outcome(CognitoPool pool, AuthenticationResultType result, String challengeName,
            Map<String, String> challengeParameters, String session, String username) {
        if (result != null) {
            return authenticated(pool, result, result.refreshToken());
        }
        if (ChallengeNameType.NEW_PASSWORD_REQUIRED.toString().equals(challengeName)) {
            return new SignInResult.NewPasswordRequired(
                    challengeParameters.getOrDefault("USER_ID_FOR_SRP", username), session);
        }
        if (ChallengeNameType.SOFTWARE_TOKEN_MFA.toString().equals(challengeName)) {
            return new SignInResult.AuthenticatorCodeRequired(
                    challengeParameters.getOrDefault("USER_ID_FOR_SRP", username), session);
        }
        if (ChallengeNameType.MFA_SETUP.toString().equals(challengeName)) {
            return new SignInResult.AuthenticatorSetupRequired(
                    challengeParameters.getOrDefault("USER_ID_FOR_SRP", username), session);
        }
        throw unsupported(challengeName);
    }

    private SignInResult.Authenticated authenticated(CognitoPool pool, AuthenticationResultType result,
            String refreshToken) {
        int expiresIn = result.expiresIn() == null ? DEFAULT_EXPIRES_IN_SECONDS : result.expiresIn();
        Tokens tokens = new Tokens(result.idToken(), result.accessToken(), refreshToken,
                clock.instant().plusSeconds(expiresIn));
        return new SignInResult.Authenticated(tokens, verifiers.verify(pool, tokens));
    }

    static Map<String, String> withSecretHash(CognitoPool pool, String username, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        SecretHash.forUser(pool, username).ifPresent(hash -> all.put("SECRET_HASH", hash));
        return all;
    }

    /** SMS, email and custom challenges: the site offers no page for them, so the pool must not ask. */
    private static CognitoAuthException unsupported(String challengeName) {
        return new CognitoAuthException(CognitoFailureReason.NOT_AUTHORIZED, String.valueOf(challengeName), null);
    }
}
