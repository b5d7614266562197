package com.wildrydes.system;

/**
 * Every path the site serves, in one place: the mappings, the redirects between pages and the
 * security rules all name a page through these, so a page cannot move in one place and not the others.
 */
public final class Routes {

    public static final String HOME = "/";
    public static final String REGISTER = "/register";
    public static final String VERIFY = "/verify";
    public static final String VERIFY_RESEND = VERIFY + "/resend";
    public static final String SIGN_IN = "/signin";
    public static final String SIGN_OUT = "/signout";
    public static final String NEW_PASSWORD = "/new-password";
    public static final String SIGN_IN_EMAIL_CODE = "/signin/email-code";
    public static final String SIGN_IN_EMAIL_CODE_SEND = "/signin/email-code/send";
    public static final String FORGOT_PASSWORD = "/forgot-password";
    public static final String RESET_PASSWORD = "/reset-password";
    public static final String RESET_PASSWORD_RESEND = RESET_PASSWORD + "/resend";
    public static final String RIDE = "/ride";
    public static final String ACCOUNT = "/account";
    /** Authenticator app (TOTP): a code at sign-in, its setup when the pool requires one, turning it on and off. */
    public static final String SIGN_IN_AUTHENTICATOR_CODE = SIGN_IN + "/authenticator-code";
    public static final String SIGN_IN_AUTHENTICATOR_SETUP = SIGN_IN + "/authenticator-setup";
    public static final String ACCOUNT_AUTHENTICATOR = ACCOUNT + "/authenticator";
    public static final String ACCOUNT_AUTHENTICATOR_START = ACCOUNT_AUTHENTICATOR + "/start";
    public static final String ACCOUNT_AUTHENTICATOR_OFF = ACCOUNT_AUTHENTICATOR + "/off";
    /** Passkeys: signing in with one, and adding, listing and deleting them on the account page. */
    public static final String SIGN_IN_PASSKEY = SIGN_IN + "/passkey";
    public static final String SIGN_IN_PASSKEY_START = SIGN_IN_PASSKEY + "/start";
    public static final String ACCOUNT_PASSKEYS = ACCOUNT + "/passkeys";
    public static final String ACCOUNT_PASSKEYS_START = ACCOUNT_PASSKEYS + "/start";
    public static final String ACCOUNT_PASSKEYS_DELETE = ACCOUNT_PASSKEYS + "/delete";
    public static final String ADMIN_USERS = "/admin/users";
    /** One action on one user, e.g. {@code /admin/users/{username}/disable}. */
    public static final String ADMIN_USER_ACTION = ADMIN_USERS + "/{username}/{action}";
    /** Everything under /admin: only the {@code admins} group. */
    public static final String ADMIN_ALL = "/admin/**";
    public static final String LOCAL_OUTBOX = "/local/outbox";
    /** Boot's error page: it must render for anyone, signed in or not. */
    public static final String ERROR = "/error";

    private Routes() {
    }

    /** The view name that redirects the browser to {@code path}, e.g. {@code redirect:/signin}. */
    public static String redirectTo(String path) {
        return "redirect:" + path;
    }
}
