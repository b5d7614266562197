package com.wildrydes.journey;

import com.wildrydes.testsupport.SiteVisitor;
import com.wildrydes.testsupport.SiteVisitor.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every Cognito call the site makes, each reached through the page that makes it: the operation WireMock fails
 * (narrowed by a part of the request body where one operation serves several steps), how the visitor gets there
 * and what the page must then say. Calls after sign-in sign in first, against Cognito answering normally.
 */
enum SiteCall {

    SIGN_UP("SignUp", null, v -> v.submit("/register", "/register",
            Map.of("email", Visitor.EMAIL, "password", Visitor.PASSWORD, "confirmPassword", Visitor.PASSWORD)),
            Expected.form(Visitor.EMAIL)),
    CONFIRM_SIGN_UP("ConfirmSignUp", null, v -> v.submit("/verify", "/verify",
            Map.of("email", Visitor.EMAIL, "code", Visitor.CODE)), Expected.form(Visitor.EMAIL)),
    RESEND_CONFIRMATION_CODE("ResendConfirmationCode", null, v -> v.submit("/verify", "/verify/resend",
            Map.of("email", Visitor.EMAIL)), Expected.form(Visitor.EMAIL)),
    SIGN_IN_SRP_START("InitiateAuth", "USER_SRP_AUTH", Visitor::signIn, Expected.form(Visitor.EMAIL)),
    SIGN_IN_PASSWORD_VERIFIER("RespondToAuthChallenge", "PASSWORD_VERIFIER", Visitor::signIn,
            Expected.form(Visitor.EMAIL)),
    NEW_PASSWORD("RespondToAuthChallenge", "NEW_PASSWORD_REQUIRED", v -> {
        Visitor.signIn(v);
        return v.submit("/new-password", "/new-password",
                Map.of("password", Visitor.NEW_PASSWORD, "confirmPassword", Visitor.NEW_PASSWORD));
    }, Expected.form()),
    FORGOT_PASSWORD("ForgotPassword", null, v -> v.submit("/forgot-password", "/forgot-password",
            Map.of("email", Visitor.EMAIL)), Expected.form(Visitor.EMAIL)),
    FORGOT_PASSWORD_AGAIN("ForgotPassword", null, v -> v.submit("/reset-password", "/reset-password/resend",
            Map.of("email", Visitor.EMAIL)), Expected.form(Visitor.EMAIL)),
    CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword", null, v -> v.submit("/reset-password", "/reset-password",
            Map.of("email", Visitor.EMAIL, "code", Visitor.CODE, "password", Visitor.NEW_PASSWORD,
                    "confirmPassword", Visitor.NEW_PASSWORD)), Expected.form(Visitor.EMAIL)),
    CHANGE_PASSWORD("ChangePassword", null, v -> Visitor.signedIn(v).submit("/account", "/account",
            Map.of("currentPassword", Visitor.PASSWORD, "password", Visitor.NEW_PASSWORD,
                    "confirmPassword", Visitor.NEW_PASSWORD)), Expected.form()),
    /** "Sign in with a passkey": USER_AUTH preferring WEB_AUTHN. */
    SIGN_IN_PASSKEY_START("InitiateAuth", "WEB_AUTHN", v -> v.submit("/signin", "/signin/passkey/start",
            Map.of("email", Visitor.EMAIL)), Expected.form(Visitor.EMAIL)),
    /** "Add a passkey" on the account page. */
    ADD_PASSKEY("StartWebAuthnRegistration", null, v -> Visitor.signedIn(v).submit("/account", "/account/passkeys/start",
            Map.of()), Expected.form()),
    /** Cognito unreachable at refresh: the rider carries on while the access token holds. */
    REFRESH("InitiateAuth", "REFRESH_TOKEN_AUTH", v -> Visitor.signedIn(v).get("/ride"), Expected.page("/ride")),
    /** GlobalSignOut and then RevokeToken both fail: the local session ends anyway. */
    SIGN_OUT("GlobalSignOut", null, v -> Visitor.signedIn(v).submit("/ride", "/signout", Map.of()),
            Expected.notice("notice.signedOut")),
    LIST_USERS("ListUsers", null, v -> Visitor.signedIn(v).get("/admin/users?q=ann"), Expected.admin("value=\"ann\"")),
    /** The listed rider's groups (the admin's own membership check is answered normally: FaultyCognito). */
    LIST_GROUPS("AdminListGroupsForUser", FaultyCognito.OTHER_USER, v -> Visitor.signedIn(v).get("/admin/users?q=ann"),
            Expected.admin("value=\"ann\"")),
    CREATE_USER("AdminCreateUser", null, v -> Visitor.signedIn(v).submit("/admin/users", "/admin/users",
            Map.of("email", Visitor.NEW_USER, "temporaryPassword", Visitor.TEMPORARY_PASSWORD)),
            Expected.admin(Visitor.NEW_USER)),
    CONFIRM_USER("AdminConfirmSignUp", null, v -> Visitor.act(v, "confirm"), Expected.admin()),
    DISABLE_USER("AdminDisableUser", null, v -> Visitor.act(v, "disable"), Expected.admin()),
    ENABLE_USER("AdminEnableUser", null, v -> Visitor.act(v, "enable"), Expected.admin()),
    DELETE_USER("AdminDeleteUser", null, v -> Visitor.act(v, "delete"), Expected.admin()),
    MAKE_ADMIN("AdminAddUserToGroup", null, v -> Visitor.act(v, "make-admin"), Expected.admin()),
    REMOVE_ADMIN("AdminRemoveUserFromGroup", null, v -> Visitor.act(v, "remove-admin"), Expected.admin()),
    /** The pool's key set, fetched at the first sign-in to verify the tokens (see CognitoKeySetFaultsTests). */
    KEY_SET("JWKS", null, Visitor::signIn, Expected.form(Visitor.EMAIL));

    final String operation;
    final String bodyPart;
    final Function<SiteVisitor, Page> journey;
    final Expected expected;

    SiteCall(String operation, String bodyPart, Function<SiteVisitor, Page> journey, Expected expected) {
        this.operation = operation;
        this.bodyPart = bodyPart;
        this.journey = journey;
        this.expected = expected;
    }

    /**
     * What the page after the failure shows: the path it is on (null: the form posted to, re-rendered), the
     * message key for a fault and for throttling (null: no message), and input it keeps.
     */
    record Expected(String path, String messageKey, String throttledKey, List<String> kept) {

        static Expected form(String... kept) {
            return new Expected(null, "error.cognito.unavailable", "error.cognito.tooManyAttempts", List.of(kept));
        }

        static Expected admin(String... kept) {
            return new Expected(null, "admin.error.unavailable", "admin.error.tooMany", List.of(kept));
        }

        static Expected page(String path) {
            return new Expected(path, null, null, List.of());
        }

        static Expected notice(String key) {
            return new Expected(null, key, key, List.of());
        }
    }

    /** The person at the keyboard and what they type. */
    static final class Visitor {
        static final String EMAIL = "rider@example.com";
        static final String PASSWORD = "Correct-Horse-9!";
        static final String NEW_PASSWORD = "Brand-New-Horse-7";
        static final String TEMPORARY_PASSWORD = "Temp-Horse-55!";
        static final String CODE = "864209";
        static final String NEW_USER = "new.rider@example.com";
        static final List<String> PASSWORDS = List.of(PASSWORD, NEW_PASSWORD, TEMPORARY_PASSWORD);
        /** What must never reach a log line (the tokens handed out are added by the test). */
        static final List<String> SECRETS = List.of(PASSWORD, NEW_PASSWORD, TEMPORARY_PASSWORD, CODE);

        private Visitor() {
        }

        static Page signIn(SiteVisitor visitor) {
            return visitor.submit("/signin", "/signin", Map.of("email", EMAIL, "password", PASSWORD));
        }

        static SiteVisitor signedIn(SiteVisitor visitor) {
            Page signedIn = signIn(visitor);
            if (signedIn.status() != 302 || !"/ride".equals(signedIn.path())) {
                throw new AssertionError("sign-in did not reach /ride: " + signedIn.status() + " " + signedIn.location());
            }
            return visitor;
        }

        static Page act(SiteVisitor visitor, String action) {
            return signedIn(visitor).submit("/admin/users", "/admin/users/" + FaultyCognito.OTHER_USER + "/" + action,
                    Map.of("email", "ann@example.com", "confirm", "true", "q", "ann"));
        }
    }
}
