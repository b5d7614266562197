package com.wildrydes.cognito.provision;

/** Provisioning could not finish. The message is one sentence a person can act on; it never holds a secret. */
public class ProvisioningException extends RuntimeException {

    public ProvisioningException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
