package com.wildrydes.localpool.webauthn;

/** Why a registration or an assertion was refused; the message names what did not match, never a key or a challenge. */
public final class PasskeyRefusal extends RuntimeException {

    /** What kind of mismatch: each maps to one of Cognito's errors. */
    public enum Reason {
        /** Not JSON of a PublicKeyCredential, or fields that do not decode. */
        MALFORMED,
        /** The client data's challenge is not the one handed out. */
        CHALLENGE,
        /** The client data's origin is not one the relying party accepts. */
        ORIGIN,
        /** The authenticator data is for another relying party id. */
        RELYING_PARTY,
        /** An algorithm or attestation the pool does not take, or no user verification where it is required. */
        NOT_SUPPORTED,
        /** The signature, counter or another check failed. */
        NOT_VERIFIED
    }

    private final Reason reason;

    PasskeyRefusal(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
