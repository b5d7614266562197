package com.wildrydes.cognito.identity;

/**
 * The identity pool or STS gave no usable answer: refused (NotAuthorizedException), throttled, failing, silent.
 * The message names the call and AWS's error code only, so it can be logged; pages say "unavailable, reload".
 */
public class AwsIdentityException extends RuntimeException {

    private final String code;

    public AwsIdentityException(String call, String code, RuntimeException cause) {
        super(call + " failed: " + code, cause);
        this.code = code;
    }

    /** AWS's error code (e.g. {@code NotAuthorizedException}), or the client-side failure's class name. */
    public String code() {
        return code;
    }
}
