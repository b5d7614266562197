package com.wildrydes.signin;

import jakarta.validation.constraints.Size;

/**
 * What the passkey script posts: the browser's credential as WebAuthn's JSON form (AuthenticationResponseJSON or
 * RegistrationResponseJSON), or, when there is none, the name of the browser's error ({@code NotAllowedError} when
 * the rider cancelled). Also used by the account page's registration form.
 */
public record PasskeyAnswer(@Size(max = MAX_CREDENTIAL) String credential, @Size(max = 64) String failure) {

    /** Far above a real credential (an attestation with a certificate chain is a few KB). */
    public static final int MAX_CREDENTIAL = 32_768;

    public boolean hasCredential() {
        return credential != null && !credential.isBlank();
    }

    /** The page's message for a browser that gave no credential: cancelled, wrong address, or no passkey support. */
    public String failureMessageKey() {
        return switch (failure == null ? "" : failure) {
            case "NotAllowedError", "AbortError" -> "passkey.failure.cancelled";
            case "SecurityError" -> "passkey.failure.address";
            case "InvalidStateError" -> "passkey.failure.alreadyRegistered";
            case "NotSupportedError", "unsupported" -> "passkey.failure.unsupported";
            default -> "passkey.failure.other";
        };
    }

    @Override
    public String toString() {
        return "PasskeyAnswer[credential=" + (hasCredential() ? "****" : "none") + ", failure=" + failure + "]";
    }
}
