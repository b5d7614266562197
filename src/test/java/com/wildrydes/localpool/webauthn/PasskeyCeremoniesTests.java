package com.wildrydes.localpool.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.webauthn4j.data.client.Origin;
import com.wildrydes.localpool.TestAuthenticator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ceremonies' checks, each refusal with the reason the actions turn into Cognito's error. */
class PasskeyCeremoniesTests {

    static final RelyingParty LOCALHOST = new RelyingParty("localhost", false);
    static final String SITE = "http://localhost:8080";
    static final String CHALLENGE = "q2Vb0lqXl6Hk1XWbJ3xY0xwqvQ9oQmTqXy4uJ8o2yZk";

    final PasskeyCeremonies ceremonies = new PasskeyCeremonies();
    final TestAuthenticator authenticator = new TestAuthenticator();

    @Test
    void registerWhenPackedSelfAttestedThenKeepsTheCredentialIdKeyAndTransports() {
        var registered = ceremonies.register(LOCALHOST, CHALLENGE, authenticator.create(creation(CHALLENGE), SITE));

        assertThat(registered.credentialId()).isEqualTo(authenticator.credentialId());
        assertThat(registered.credentialData()).isNotBlank();
        assertThat(registered.signCount()).isZero();
        assertThat(registered.transports()).containsExactly("internal");
    }

    @Test
    void registerWhenEachPartIsWrongThenRefusedForThatReason() {
        assertThat(refusal(() -> ceremonies.register(LOCALHOST, CHALLENGE,
                authenticator.create(creation("b3RoZXItY2hhbGxlbmdl"), SITE)))).isEqualTo(PasskeyRefusal.Reason.CHALLENGE);
        assertThat(refusal(() -> ceremonies.register(LOCALHOST, CHALLENGE,
                authenticator.create(creation(CHALLENGE), "http://evil.example")))).isEqualTo(PasskeyRefusal.Reason.ORIGIN);
        assertThat(refusal(() -> ceremonies.register(LOCALHOST, CHALLENGE, new TestAuthenticator()
                .forRelyingParty("example.com").create(creation(CHALLENGE), SITE))))
                .isEqualTo(PasskeyRefusal.Reason.RELYING_PARTY);
        assertThat(refusal(() -> ceremonies.register(new RelyingParty("localhost", true), CHALLENGE,
                new TestAuthenticator().withoutUserVerification().create(creation(CHALLENGE), SITE))))
                .isEqualTo(PasskeyRefusal.Reason.NOT_SUPPORTED);
        assertThat(refusal(() -> ceremonies.register(LOCALHOST, CHALLENGE, Map.of("id", "x"))))
                .isEqualTo(PasskeyRefusal.Reason.MALFORMED);
    }

    @Test
    void authenticateWhenGoodThenTheNewCounterAndWhenSpoiledOrReplayedThenRefused() {
        var registered = ceremonies.register(LOCALHOST, CHALLENGE, authenticator.create(creation(CHALLENGE), SITE));
        String assertion = authenticator.get(request(CHALLENGE), SITE);

        long counter = ceremonies.authenticate(LOCALHOST, CHALLENGE, assertion, registered.credentialData(), 0);

        assertThat(counter).isEqualTo(1);
        assertThat(ceremonies.credentialIdOf(assertion)).isEqualTo(authenticator.credentialId());
        assertThat(refusal(() -> ceremonies.authenticate(LOCALHOST, CHALLENGE, assertion,
                registered.credentialData(), counter))).isEqualTo(PasskeyRefusal.Reason.NOT_VERIFIED); // counter
        assertThat(refusal(() -> ceremonies.authenticate(LOCALHOST, CHALLENGE,
                authenticator.spoilingTheNextSignature().get(request(CHALLENGE), SITE), registered.credentialData(),
                counter))).isEqualTo(PasskeyRefusal.Reason.NOT_VERIFIED);
        assertThat(refusal(() -> ceremonies.authenticate(LOCALHOST, "b3RoZXItY2hhbGxlbmdl",
                authenticator.get(request(CHALLENGE), SITE), registered.credentialData(), counter)))
                .isEqualTo(PasskeyRefusal.Reason.CHALLENGE);
        assertThat(refusal(() -> ceremonies.authenticate(LOCALHOST, CHALLENGE, "{}", registered.credentialData(),
                counter))).isEqualTo(PasskeyRefusal.Reason.MALFORMED);
    }

    @Test
    void originsWhenLocalhostThenHttpOnAnyPortAndOtherwiseOnlyHttpsOfTheId() {
        RelyingParty site = new RelyingParty("rides.example.com", false);

        assertThat(LOCALHOST.accepts(new Origin("http://localhost:5173"))).isTrue();
        assertThat(LOCALHOST.accepts(new Origin("https://localhost"))).isTrue();
        assertThat(LOCALHOST.accepts(new Origin("http://127.0.0.1:8080"))).isFalse();
        assertThat(site.accepts(new Origin("https://rides.example.com"))).isTrue();
        assertThat(site.accepts(new Origin("http://rides.example.com"))).isFalse();
        assertThat(site.accepts(new Origin("https://rides.example.com:8443"))).isFalse();
        assertThat(site.accepts(new Origin("https://evil.rides.example.com"))).isFalse();
    }

    private static Map<String, Object> creation(String challenge) {
        return Map.of("rp", Map.of("id", "localhost", "name", "WildRydes"), "challenge", challenge);
    }

    private static String request(String challenge) {
        return "{\"challenge\":\"" + challenge + "\",\"rpId\":\"localhost\"}";
    }

    private static PasskeyRefusal.Reason refusal(Runnable ceremony) {
        try {
            ceremony.run();
        } catch (PasskeyRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("not refused");
    }
}
