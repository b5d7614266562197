package com.wildrydes.system;

/**
 * Names of the flash attributes one page leaves for the next (the notice's is {@link Notice#FLASH_NAME}).
 * Reading pages pick them up from the model under the same names.
 */
public final class FlashKeys {

    /** The email typed on one page, filled in on the next so nobody types it twice. */
    public static final String EMAIL = "email";
    /** True when the verify page should offer a new code straight away (sign-in found the account unconfirmed). */
    public static final String OFFER_RESEND = "offerResend";

    private FlashKeys() {
    }
}
