package com.wildrydes.localpool.webauthn;

import com.webauthn4j.data.client.Origin;

/**
 * The relying party a pool's passkeys belong to, and the origins whose ceremonies it accepts: {@code https://<id>}
 * (the browser's rule for a relying party id that is the page's own host), and for id {@code localhost} also
 * {@code http://localhost} on any port, as browsers treat localhost as a secure context and the site runs there
 * in development. Subdomains of the id are not accepted.
 *
 * @param id                       the relying party id, a host name
 * @param userVerificationRequired the pool's UserVerification is {@code required}
 */
public record RelyingParty(String id, boolean userVerificationRequired) {

    /** What a pool without a WebAuthnConfiguration.RelyingPartyId gets locally (Cognito's default, the pool's domain, does not exist here). */
    public static final String DEFAULT_ID = "localhost";

    public boolean accepts(Origin origin) {
        if (origin == null || origin.getHost() == null) {
            return false;
        }
        boolean sameHost = origin.getHost().equalsIgnoreCase(id);
        if ("https".equals(origin.getScheme())) {
            return sameHost && (origin.getPort() == null || origin.getPort() == 443);
        }
        return "http".equals(origin.getScheme()) && sameHost && DEFAULT_ID.equals(id);
    }
}
