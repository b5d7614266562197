package com.wildrydes.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoPasskeySignIn;
import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.localpool.TestAuthenticator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site's {@link CognitoPasskeys} and {@link CognitoPasskeySignIn} against the embedded pool through the AWS SDK,
 * with a software authenticator in place of the browser: the JSON the site hands on is what the pool verifies.
 */
class PasskeysOnLocalPoolTests extends SiteWithLocalPool {

    private static final String ORIGIN = "http://localhost:8080";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CognitoAuthService auth;

    @Autowired
    CognitoRegistration registration;

    @Autowired
    CognitoPasskeys passkeys;

    @Autowired
    CognitoPasskeySignIn passkeySignIn;

    @Test
    void passkeyWhenAddedThenListedThenSignsInThenDeletedAndGone() {
        String email = verifiedRider("Passkey.Holder");
        String accessToken = accessTokenOf(email);
        TestAuthenticator device = new TestAuthenticator();

        register(device, accessToken);
        assertThat(passkeys.list(accessToken)).singleElement()
                .satisfies(passkey -> assertThat(passkey.credentialId()).isEqualTo(device.credentialId()));
        SignInResult requested = passkeySignIn.start(email);
        assertThat(requested).isInstanceOf(SignInResult.PasskeyRequested.class);
        var challenge = (SignInResult.PasskeyRequested) requested;
        SignInResult signedIn = passkeySignIn.answer(challenge.username(), challenge.session(),
                device.get(challenge.requestOptions(), ORIGIN));

        assertThat(signedIn).isInstanceOfSatisfying(SignInResult.Authenticated.class,
                tokens -> assertThat(tokens.identity().email()).isEqualToIgnoringCase(email));
        passkeys.delete(accessToken, device.credentialId());
        assertThat(passkeys.list(accessToken)).isEmpty();
    }

    @Test
    void passkeyWhenTheRiderHasNoneThenCognitoOffersOtherWays() {
        String email = verifiedRider("No.Passkey");

        assertThat(passkeySignIn.start(email)).isInstanceOf(SignInResult.ChallengeChoice.class);
    }

    @Test
    void passkeyOfAnotherSiteIsRefusedAtSignInAsPasskeyRefused() {
        String email = verifiedRider("Other.Site");
        TestAuthenticator device = new TestAuthenticator();
        register(device, accessTokenOf(email));
        var challenge = (SignInResult.PasskeyRequested) passkeySignIn.start(email);

        String otherSites = device.forRelyingParty("other.example").get(challenge.requestOptions(), ORIGIN);

        assertThatThrownBy(() -> passkeySignIn.answer(challenge.username(), challenge.session(), otherSites))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.PASSKEY_REFUSED));
    }

    @Test
    void passkeyMadeForAnotherSiteIsRefusedAtRegistration() {
        String accessToken = accessTokenOf(verifiedRider("Wrong.Rp"));
        TestAuthenticator otherSites = new TestAuthenticator().forRelyingParty("other.example");

        assertThatThrownBy(() -> register(otherSites, accessToken))
                .isInstanceOfSatisfying(CognitoAuthException.class,
                        e -> assertThat(e.failure()).isEqualTo(CognitoFailureReason.PASSKEY_REFUSED));
        assertThat(passkeys.list(accessToken)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void register(TestAuthenticator device, String accessToken) {
        Map<String, Object> options = JSON.readValue(passkeys.startRegistration(accessToken), Map.class);
        passkeys.completeRegistration(accessToken, JSON.writeValueAsString(device.create(options, ORIGIN)));
    }

    private String verifiedRider(String who) {
        String email = newEmail(who).toLowerCase();
        registration.signUp(email, PASSWORD);
        registration.confirmSignUp(email, visitor.codeSentTo(email), null);
        return email;
    }

    private String accessTokenOf(String email) {
        return ((SignInResult.Authenticated) auth.signIn(email, PASSWORD)).tokens().accessToken();
    }
}
