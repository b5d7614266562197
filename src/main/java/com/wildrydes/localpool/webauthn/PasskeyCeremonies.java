package com.wildrydes.localpool.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.Base64UrlUtil;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two WebAuthn ceremonies, checked by webauthn4j: registration (attestation {@code none}, {@code packed}
 * and the other formats webauthn4j reads, self-attestation and certificates accepted without a trust anchor, as
 * the local pool has no metadata service) and authentication (challenge, origin, RP id hash, signature, user
 * presence, user verification when the pool requires it, and a signature counter that must grow when it is used).
 */
public final class PasskeyCeremonies {

    /** ES256 and RS256, what Cognito offers in pubKeyCredParams. */
    public static final List<Long> ALGORITHMS = List.of(-7L, -257L);

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(converter);

    /** A verified registration: what the store keeps of it. */
    public record Registered(String credentialId, String credentialData, long signCount, List<String> transports) {
    }

    /**
     * Checks a RegistrationResponseJSON ({@code navigator.credentials.create}'s credential, toJSON'd) against
     * the challenge handed out.
     */
    public Registered register(RelyingParty party, String challenge, Map<String, Object> credential) {
        RegistrationData data = parse(() -> manager.parseRegistrationResponseJSON(json(credential)));
        var parameters = new RegistrationParameters(server(party, challenge),
                ALGORITHMS.stream().map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(alg))).toList(),
                party.userVerificationRequired(), true);
        verify(() -> manager.verify(data, parameters));
        AttestedCredentialData attested = data.getAttestationObject().getAuthenticatorData()
                .getAttestedCredentialData();
        Set<AuthenticatorTransport> transports = data.getTransports() == null ? Set.of() : data.getTransports();
        return new Registered(Base64UrlUtil.encodeToString(attested.getCredentialId()),
                Base64UrlUtil.encodeToString(credentialData.convert(attested)),
                data.getAttestationObject().getAuthenticatorData().getSignCount(),
                transports.stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.toList()));
    }

    /** The credential id an AuthenticationResponseJSON names, base64url; refused as MALFORMED when it has none. */
    public String credentialIdOf(String credential) {
        AuthenticationData data = parse(() -> manager.parseAuthenticationResponseJSON(text(credential)));
        return Base64UrlUtil.encodeToString(data.getCredentialId());
    }

    /**
     * Checks an AuthenticationResponseJSON against the challenge handed out and the stored key.
     *
     * @return the authenticator's new signature counter
     */
    public long authenticate(RelyingParty party, String challenge, String credential,
            String storedCredentialData, long storedSignCount) {
        AuthenticationData data = parse(() -> manager.parseAuthenticationResponseJSON(text(credential)));
        AttestedCredentialData attested = credentialData.convert(Base64UrlUtil.decode(storedCredentialData));
        var record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null, storedSignCount,
                attested, null, null, null, null);
        var parameters = new AuthenticationParameters(server(party, challenge), record,
                List.of(attested.getCredentialId()), party.userVerificationRequired(), true);
        verify(() -> manager.verify(data, parameters));
        return data.getAuthenticatorData().getSignCount();
    }

    private ServerProperty server(RelyingParty party, String challenge) {
        return ServerProperty.builder().originPredicate(party::accepts).rpId(party.id())
                .challenge(new DefaultChallenge(Base64UrlUtil.decode(challenge))).build();
    }

    private String json(Map<String, Object> credential) {
        if (credential == null) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.MALFORMED, "The credential is missing.", null);
        }
        return converter.getJsonConverter().writeValueAsString(credential);
    }

    private static String text(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.MALFORMED, "The credential is missing.", null);
        }
        return credential;
    }

    /** Any failure to read the JSON (webauthn4j's conversion errors, a missing member) means an unreadable credential. */
    private static <T> T parse(java.util.function.Supplier<T> parsing) {
        try {
            T parsed = parsing.get();
            if (parsed == null) {
                throw new IllegalArgumentException("nothing parsed");
            }
            return parsed;
        } catch (PasskeyRefusal refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.MALFORMED, "The credential is not a valid PublicKeyCredential.",
                    e);
        }
    }

    private static void verify(Runnable check) {
        try {
            check.run();
        } catch (BadChallengeException e) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.CHALLENGE, "The challenge does not match.", e);
        } catch (BadOriginException e) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.ORIGIN, "The origin is not allowed.", e);
        } catch (BadRpIdException e) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.RELYING_PARTY, "The relying party does not match.", e);
        } catch (NotAllowedAlgorithmException | BadAttestationStatementException | UserNotVerifiedException e) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.NOT_SUPPORTED, "The authenticator is not supported.", e);
        } catch (VerificationException | DataConversionException e) {
            throw new PasskeyRefusal(PasskeyRefusal.Reason.NOT_VERIFIED, "The credential could not be verified.", e);
        } catch (RuntimeException e) { // a part missing from a readable credential: refused, never a 500
            throw new PasskeyRefusal(PasskeyRefusal.Reason.MALFORMED, "The credential is incomplete.", e);
        }
    }
}
