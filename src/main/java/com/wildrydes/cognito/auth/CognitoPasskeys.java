package com.wildrydes.cognito.auth;

import static com.wildrydes.cognito.auth.CognitoCalls.call;

import com.wildrydes.cognito.error.CognitoErrorTranslator.Step;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/**
 * The signed-in rider's passkeys, with their access token: StartWebAuthnRegistration (the options for the browser's
 * {@code navigator.credentials.create}), CompleteWebAuthnRegistration (the browser's answer),
 * ListWebAuthnCredentials and DeleteWebAuthnCredential. Options and credentials travel as JSON text, as
 * WebAuthn's {@code toJSON()} forms give them. Failures surface as CognitoAuthException: another site's passkey as
 * PASSKEY_REFUSED, a pool without passkeys as PASSKEYS_NOT_ENABLED, an expired registration as SESSION_EXPIRED.
 */
public class CognitoPasskeys {

    /** ListWebAuthnCredentials' largest page (WebAuthnCredentialsQueryLimitType). */
    static final int PAGE_SIZE = 20;

    private final CognitoIdentityProviderClient cognito;

    CognitoPasskeys(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    /** ListWebAuthnCredentials, every page. */
    public List<Passkey> list(String accessToken) {
        return call(Step.PASSKEYS, () -> {
            List<Passkey> passkeys = new ArrayList<>();
            String next = null;
            do {
                String page = next;
                var answer = cognito.listWebAuthnCredentials(r -> r.accessToken(accessToken).maxResults(PAGE_SIZE)
                        .nextToken(page));
                answer.credentials().forEach(c -> passkeys.add(new Passkey(c.credentialId(),
                        c.friendlyCredentialName(), c.createdAt())));
                next = answer.nextToken();
            } while (next != null && !next.isEmpty());
            return passkeys;
        });
    }

    /** StartWebAuthnRegistration: CredentialCreationOptions as JSON text (PublicKeyCredentialCreationOptionsJSON). */
    public String startRegistration(String accessToken) {
        return call(Step.PASSKEYS, () -> WebAuthnJson.text(
                cognito.startWebAuthnRegistration(r -> r.accessToken(accessToken)).credentialCreationOptions()));
    }

    /** CompleteWebAuthnRegistration with the browser's credential (RegistrationResponseJSON text). */
    public void completeRegistration(String accessToken, String credentialJson) {
        var credential = WebAuthnJson.document(credentialJson);
        call(Step.PASSKEYS, () -> cognito.completeWebAuthnRegistration(r -> r.accessToken(accessToken)
                .credential(credential)));
    }

    /** DeleteWebAuthnCredential; a passkey already gone (ResourceNotFoundException) is as good as deleted. */
    public void delete(String accessToken, String credentialId) {
        call(Step.PASSKEYS, () -> {
            try {
                return cognito.deleteWebAuthnCredential(r -> r.accessToken(accessToken).credentialId(credentialId));
            } catch (ResourceNotFoundException alreadyGone) {
                return null;
            }
        });
    }
}
