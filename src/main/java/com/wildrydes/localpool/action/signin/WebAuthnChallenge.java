package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.WebAuthnCredential;
import com.wildrydes.localpool.webauthn.PasskeyCeremonies;
import com.wildrydes.localpool.webauthn.PasskeyRefusal;
import com.wildrydes.localpool.webauthn.RelyingParty;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WEB_AUTHN first factor of USER_AUTH: ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS is the JSON of
 * PublicKeyCredentialRequestOptions (base64url challenge, the user's passkeys in allowCredentials), and
 * ChallengeResponses.CREDENTIAL the AuthenticationResponseJSON of {@code navigator.credentials.get}. Each
 * challenge is answered once, right or wrong; a refused assertion is NotAuthorizedException and does not count
 * towards the password lockout. A good one keeps the authenticator's new signature counter.
 */
public final class WebAuthnChallenge {

    static final String REFUSED = "Failed to verify the passkey credential.";
    private static final int CHALLENGE_BYTES = 32;

    private final PoolServices services;
    private final ChallengeSessions sessions;
    private final SignInCompletion completion;
    private final PasskeyCeremonies ceremonies;
    private final JsonMapper json = JsonMapper.builder().build();

    public WebAuthnChallenge(PoolServices services, ChallengeSessions sessions, SignInCompletion completion,
            PasskeyCeremonies ceremonies) {
        this.services = services;
        this.sessions = sessions;
        this.completion = completion;
        this.ceremonies = ceremonies;
    }

    public AuthResponse start(UserPool pool, AppClient client, StoredUser user) {
        var offer = services.store().read(view -> new Offer(Passkeys.relyingParty(view, pool.id()),
                view.webAuthnCredentials(pool.id(), user.username())));
        String challenge = newChallenge();
        String session = sessions.open(pool.id(), client.clientId(), user.username(),
                ChallengeSessions.Purpose.WEB_AUTHN, challenge);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", challenge);
        options.put("timeout", Passkeys.TIMEOUT_MILLIS);
        options.put("rpId", offer.party().id());
        options.put("allowCredentials", offer.credentials().stream().map(WebAuthnChallenge::descriptor).toList());
        options.put("userVerification", offer.party().userVerificationRequired() ? "required" : "preferred");
        return AuthResponse.challenge("WEB_AUTHN", session,
                Map.of("CREDENTIAL_REQUEST_OPTIONS", json.writeValueAsString(options)));
    }

    /** Checks CREDENTIAL against the session's challenge and the user's passkey it names. */
    public AuthResponse answer(String clientId, String session, String credential,
            EmailOtpChallenge.Participants who) {
        ChallengeSessions.Pending pending = sessions.take(session)
                .filter(p -> p.answers(clientId, ChallengeSessions.Purpose.WEB_AUTHN))
                .orElseThrow(ChallengeSessions::expired);
        EmailOtpChallenge.Participants.Found found = who.find(pending);
        if (found.user() == null) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, REFUSED);
        }
        StoredUser user = found.user();
        try {
            String credentialId = ceremonies.credentialIdOf(credential);
            var state = services.store().read(view -> new Offer(Passkeys.relyingParty(view, user.poolId()),
                    view.webAuthnCredentials(user.poolId(), user.username())));
            WebAuthnCredential stored = state.credentials().stream()
                    .filter(held -> held.credentialId().equals(credentialId)).findFirst()
                    .orElseThrow(() -> new PoolException(PoolError.NOT_AUTHORIZED, REFUSED));
            long signCount = ceremonies.authenticate(state.party(), pending.code(), credential,
                    stored.credentialData(), stored.signCount());
            services.store().write(tx -> {
                tx.save(stored.usedWith(signCount));
                return null;
            });
        } catch (PasskeyRefusal refusal) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, REFUSED);
        }
        completion.checkMayTry(user);
        return completion.succeeded(found.pool(), found.client(), user);
    }

    private record Offer(RelyingParty party, List<WebAuthnCredential> credentials) {
    }

    static Map<String, Object> descriptor(WebAuthnCredential credential) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("type", "public-key");
        descriptor.put("id", credential.credentialId());
        if (!credential.transports().isEmpty()) {
            descriptor.put("transports", credential.transports());
        }
        return descriptor;
    }

    private String newChallenge() {
        byte[] bytes = new byte[CHALLENGE_BYTES];
        services.random().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
