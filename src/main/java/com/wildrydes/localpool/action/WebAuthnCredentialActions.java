package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.action.signin.PasskeyRegistrations;
import com.wildrydes.localpool.action.signin.Passkeys;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.WebAuthnCredential;
import com.wildrydes.localpool.webauthn.PasskeyCeremonies;
import com.wildrydes.localpool.webauthn.PasskeyRefusal;
import com.wildrydes.localpool.webauthn.RelyingParty;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.WebAuthnShapes.CompleteWebAuthnRegistrationRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.StartWebAuthnRegistrationRequest;
import com.wildrydes.localpool.wire.WebAuthnShapes.StartWebAuthnRegistrationResponse;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A signed-in user's passkey registration:
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html">StartWebAuthnRegistration</a>
 * and <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CompleteWebAuthnRegistration.html">CompleteWebAuthnRegistration</a>.
 * Both need WEB_AUTHN in the pool's AllowedFirstAuthFactors (WebAuthnNotEnabledException). Start answers
 * PublicKeyCredentialCreationOptions (ES256 and RS256, a discoverable credential, the pool's UserVerification,
 * the user's passkeys in excludeCredentials); Complete checks the attestation against the challenge and answers
 * WebAuthnChallengeNotFoundException (no open challenge, or another one), WebAuthnClientMismatchException
 * (another app client's token started it), WebAuthnOriginNotAllowedException, WebAuthnRelyingPartyMismatchException
 * or WebAuthnCredentialNotSupportedException. Deviations: with no RelyingPartyId set the relying party is
 * {@code localhost} (Cognito's default, the pool's domain, does not exist locally, and Cognito would answer
 * WebAuthnConfigurationMissingException without one); origins accepted are {@code https://<rp id>} and, for
 * {@code localhost}, {@code http://localhost} on any port; FriendlyCredentialName is always "Passkey"; the
 * refusals' wording is the local pool's.
 */
final class WebAuthnCredentialActions {

    /** Cognito's limit of passkeys per user. */
    static final int MAX_PER_USER = 20;
    static final String FRIENDLY_NAME = "Passkey";

    private final PoolServices services;
    private final AccessTokens accessTokens;
    private final PasskeyRegistrations registrations;
    private final PasskeyCeremonies ceremonies;

    WebAuthnCredentialActions(PoolServices services, AccessTokens accessTokens, PasskeyRegistrations registrations,
            PasskeyCeremonies ceremonies) {
        this.services = services;
        this.accessTokens = accessTokens;
        this.registrations = registrations;
        this.ceremonies = ceremonies;
    }

    StartWebAuthnRegistrationResponse start(StartWebAuthnRegistrationRequest request) {
        AccessTokens.Bearer bearer = accessTokens.authenticate(request.accessToken());
        StoredUser user = bearer.user();
        var state = services.store().read(view -> {
            Passkeys.requireEnabled(view, user.poolId());
            return new Registering(Passkeys.relyingParty(view, user.poolId()),
                    view.webAuthnCredentials(user.poolId(), user.username()));
        });
        String challenge = registrations.open(user.poolId(), user.username(), bearer.claims().clientId());
        return new StartWebAuthnRegistrationResponse(CreationOptions.of(state.party(), bearer.pool().name(), user,
                challenge, state.credentials()));
    }

    EmptyResponse complete(CompleteWebAuthnRegistrationRequest request) {
        AccessTokens.Bearer bearer = accessTokens.authenticate(request.accessToken());
        StoredUser user = bearer.user();
        RelyingParty party = services.store().read(view -> {
            Passkeys.requireEnabled(view, user.poolId());
            return Passkeys.relyingParty(view, user.poolId());
        });
        PasskeyRegistrations.Pending pending = registrations.take(user.poolId(), user.username())
                .orElseThrow(() -> new PoolException(PoolError.WEB_AUTHN_CHALLENGE_NOT_FOUND,
                        "The WebAuthn registration challenge was not found or has expired."));
        if (!pending.clientId().equals(bearer.claims().clientId())) {
            throw new PoolException(PoolError.WEB_AUTHN_CLIENT_MISMATCH,
                    "The access token is for another client than the one that started the registration.");
        }
        PasskeyCeremonies.Registered registered;
        try {
            registered = ceremonies.register(party, pending.challenge(), request.credential());
        } catch (PasskeyRefusal refusal) {
            throw refused(refusal);
        }
        Object attachment = request.credential().get("authenticatorAttachment");
        WebAuthnCredential credential = new WebAuthnCredential(user.poolId(), user.username(),
                registered.credentialId(), FRIENDLY_NAME, party.id(),
                attachment instanceof String text ? text : null, registered.transports(),
                services.clock().instant().truncatedTo(ChronoUnit.MILLIS), registered.credentialData(),
                registered.signCount());
        services.store().write(tx -> {
            List<WebAuthnCredential> held = tx.webAuthnCredentials(user.poolId(), user.username());
            if (held.stream().anyMatch(same -> same.credentialId().equals(credential.credentialId()))) {
                throw new PoolException(PoolError.INVALID_PARAMETER, "This passkey is already registered.");
            }
            if (held.size() >= MAX_PER_USER) {
                throw new PoolException(PoolError.LIMIT_EXCEEDED, "The user has reached the limit of passkeys.");
            }
            tx.save(credential);
            return null;
        });
        return new EmptyResponse();
    }

    private static PoolException refused(PasskeyRefusal refusal) {
        return switch (refusal.reason()) {
            case CHALLENGE -> new PoolException(PoolError.WEB_AUTHN_CHALLENGE_NOT_FOUND,
                    "The credential does not answer the registration challenge.");
            case ORIGIN -> new PoolException(PoolError.WEB_AUTHN_ORIGIN_NOT_ALLOWED,
                    "The credential's origin is not allowed for the relying party.");
            case RELYING_PARTY -> new PoolException(PoolError.WEB_AUTHN_RELYING_PARTY_MISMATCH,
                    "The credential is for another relying party.");
            case NOT_SUPPORTED -> new PoolException(PoolError.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED,
                    "The authenticator is not supported.");
            case MALFORMED, NOT_VERIFIED -> new PoolException(PoolError.INVALID_PARAMETER,
                    "The credential could not be verified.");
        };
    }

    private record Registering(RelyingParty party, List<WebAuthnCredential> credentials) {
    }

    /** PublicKeyCredentialCreationOptions in WebAuthn's JSON names. */
    static final class CreationOptions {

        private CreationOptions() {
        }

        static Map<String, Object> of(RelyingParty party, String poolName, StoredUser user, String challenge,
                List<WebAuthnCredential> existing) {
            String userHandle = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(user.sub().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // the name the browser's passkey picker shows: the email people sign in with, not a pool's UUID username
            String displayName = user.email() == null ? user.username() : user.email();
            return Map.of(
                    "rp", Map.of("id", party.id(), "name", poolName),
                    "user", Map.of("id", userHandle, "name", displayName, "displayName", displayName),
                    "challenge", challenge,
                    "pubKeyCredParams", PasskeyCeremonies.ALGORITHMS.stream()
                            .map(alg -> Map.<String, Object>of("type", "public-key", "alg", alg)).toList(),
                    "timeout", Passkeys.TIMEOUT_MILLIS,
                    "excludeCredentials", existing.stream()
                            .map(credential -> Map.<String, Object>of("type", "public-key", "id",
                                    credential.credentialId())).toList(),
                    "authenticatorSelection", Map.of("residentKey", "required", "requireResidentKey", true,
                            "userVerification", party.userVerificationRequired() ? "required" : "preferred"));
        }
    }
}
