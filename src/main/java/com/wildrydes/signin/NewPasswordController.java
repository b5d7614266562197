package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.system.Notice;
import com.wildrydes.system.PasswordRuleErrors;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * GET/POST /new-password: answers the NEW_PASSWORD_REQUIRED challenge sign-in kept in the session
 * (RespondToAuthChallenge), then signs in as the sign-in page does.
 */
@Controller
class NewPasswordController {

    static final String NEW_PASSWORD_VIEW = "signin/new-password";
    static final String TOOK_TOO_LONG_NOTICE = "notice.signInTookTooLong";

    private final CognitoAuthService cognito;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;
    private final Clock clock;

    NewPasswordController(CognitoAuthService cognito, SignedInSession signedInSession, RequestCache requestCache,
            Clock clock) {
        this.cognito = cognito;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
        this.clock = clock;
    }

    @GetMapping(Routes.NEW_PASSWORD)
    String initNewPasswordForm(@RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (session.getAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE) == null) {
            return signInAgain(redirect);
        }
        model.addAttribute(NewPasswordForm.empty());
        return showForm(continueTo, model);
    }

    @PostMapping(Routes.NEW_PASSWORD)
    String processNewPasswordForm(@Valid NewPasswordForm newPasswordForm, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE) instanceof NewPasswordChallenge challenge)) {
            return signInAgain(redirect);
        }
        if (newPasswordForm.passwordsDiffer()) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return showForm(continueTo, model);
        }
        try {
            SignInResult outcome = cognito.completeNewPassword(challenge.username(), challenge.session(),
                    newPasswordForm.password());
            if (outcome instanceof SignInResult.Authenticated authenticated) {
                session.removeAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE);
                signedInSession.begin(SignedInUser.of(authenticated), request, response);
                return Routes.redirectTo(ReturnPath.afterSignIn(continueTo, requestCache, request, response));
            }
            String authenticatorPage = AuthenticatorChallenge.keep(outcome, challenge.username(), request,
                    clock.instant());
            if (authenticatorPage != null) { // a pool with MFA asks for the app after the new password
                session.removeAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE);
                return SignInController.toChallengePage(authenticatorPage, continueTo, redirect);
            }
            SignInResult.NewPasswordRequired again = (SignInResult.NewPasswordRequired) outcome;
            session.setAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE,
                    new NewPasswordChallenge(again.username(), again.session(), clock.instant()));
            result.reject(CognitoFailureReason.INVALID_PARAMETER.messageKey());
        } catch (CognitoAuthException failure) {
            if (failure.failure() == CognitoFailureReason.SESSION_EXPIRED || failure.failure() == CognitoFailureReason.NOT_AUTHORIZED) {
                session.removeAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE);
                return signInAgain(redirect);
            }
            explain(failure, result, model);
        }
        return showForm(continueTo, model);
    }

    private static String showForm(String continueTo, Model model) {
        model.addAttribute("continueTo", ReturnPath.sameSite(continueTo).orElse(null));
        return NEW_PASSWORD_VIEW;
    }

    private static String signInAgain(RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning(TOOK_TOO_LONG_NOTICE));
        return Routes.redirectTo(Routes.SIGN_IN);
    }

    private static void explain(CognitoAuthException failure, BindingResult result, Model model) {
        switch (failure.failure()) {
            case INVALID_PASSWORD -> PasswordRuleErrors.explain(failure, "password", result, model);
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
    }
}
