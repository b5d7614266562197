package com.wildrydes.system.fuzz;

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoPasskeySignIn;
import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.Passkey;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.directory.UserPage;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.signin.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.instancio.Instancio;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

/**
 * Cognito as the fuzz meets it: each call answers at random with any of its failures or with a success
 * of the right type, so every error message and every page after a success is rendered with the input.
 * Users listed for the admin page carry hostile values too: what Cognito stores came from visitors.
 */
final class CognitoAtRandom implements Answer<Object> {

    @Override
    public Object answer(InvocationOnMock call) {
        Class<?> type = call.getMethod().getReturnType();
        if (type == boolean.class) {
            // sign-out (false: Cognito was not told), the session's recheck (false: the user is gone): never throw
            return Instancio.gen().booleans().probability(0.8).get();
        }
        if (Instancio.gen().booleans().probability(0.6).get()) {
            CognitoFailureReason failure = Instancio.gen().enumOf(CognitoFailureReason.class).get();
            throw new CognitoAuthException(failure, "Fuzzed" + failure.name() + "Exception", null);
        }
        if (type == CodeDelivery.class) {
            return new CodeDelivery("r***@" + HostileValues.any(), Instancio.gen().oneOf("EMAIL", "SMS", "").get());
        }
        if (type == Optional.class) { // ConfirmSignUp's Session, for signing in straight after
            return Instancio.gen().booleans().get() ? Optional.of("confirm-session") : Optional.empty();
        }
        if (call.getMethod().getName().equals("startEmailCodeSignIn")) {
            return Instancio.gen().booleans().get()
                    ? new SignInResult.EmailCodeSent("user-uuid", "otp-session", "r***@" + HostileValues.any())
                    : new SignInResult.ChallengeChoice("user-uuid", "select-session", List.of("PASSWORD_SRP"));
        }
        if (call.getMock() instanceof CognitoPasskeySignIn && call.getMethod().getName().equals("start")) {
            return Instancio.gen().booleans().get()
                    ? new SignInResult.PasskeyRequested("user-uuid", "web-authn-session",
                            "{\"challenge\":\"" + HostileValues.any() + "\"}")
                    : new SignInResult.ChallengeChoice("user-uuid", "select-session", List.of("PASSWORD_SRP"));
        }
        if (call.getMock() instanceof CognitoPasskeys) {
            return passkeyAnswer(call.getMethod().getName());
        }
        if (type == SignInResult.class) {
            return Instancio.gen().booleans().get() ? TestTokens.authenticated()
                    : new SignInResult.NewPasswordRequired("user-uuid", "challenge-session");
        }
        if (type == SignInResult.Authenticated.class) {
            return TestTokens.authenticated();
        }
        if (type == UserPage.class) {
            return new UserPage(List.of(user(), user()), Instancio.gen().booleans().get() ? HostileValues.any() : null);
        }
        if (type == List.class) {
            return Instancio.gen().oneOf(List.of(), List.of("admins"), List.of(HostileValues.any())).get();
        }
        return null;
    }

    /** Creation options and passkey names with hostile values: what Cognito stores came from browsers. */
    private static Object passkeyAnswer(String method) {
        return switch (method) {
            case "startRegistration" -> "{\"challenge\":\"" + HostileValues.any() + "\"}";
            case "list" -> List.of(new Passkey(HostileValues.any(), HostileValues.any(), Instant.now()),
                    new Passkey("cred-2", null, null));
            default -> null;
        };
    }

    private static DirectoryUser user() {
        String name = HostileValues.any();
        return new DirectoryUser(name.isEmpty() ? "user-uuid" : name, HostileValues.any(),
                Instancio.gen().oneOf("CONFIRMED", "UNCONFIRMED", "FORCE_CHANGE_PASSWORD", HostileValues.any()).get(),
                Instancio.gen().booleans().get(), Instancio.gen().booleans().get(),
                Instant.parse("2026-11-27T09:05:03Z"), Instant.parse("2026-11-28T14:30:00Z"));
    }
}
