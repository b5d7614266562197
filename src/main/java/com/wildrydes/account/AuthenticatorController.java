package com.wildrydes.account;

import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.signin.AuthenticatorCodeForm;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.AuthenticatorKey;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turning the authenticator app (TOTP MFA) on and off from the account page. POST /account/authenticator/start
 * asks Cognito for a new secret (AssociateSoftwareToken) and keeps it in the HTTP session; GET
 * /account/authenticator shows it as a QR code and as text; POST /account/authenticator takes the app's first code
 * (VerifySoftwareToken) and makes the app the rider's preferred MFA; POST /account/authenticator/off turns it off.
 */
@Controller
class AuthenticatorController {

    static final String SETUP_VIEW = "account/authenticator";
    /** The secret being set up: the rider's own, kept server-side between showing it and their first code. */
    static final String PENDING_SECRET = AuthenticatorController.class.getName() + ".SECRET";

    private final CognitoAuthenticatorApp authenticator;
    private final RateLimitedForms rateLimitedForms;

    AuthenticatorController(CognitoAuthenticatorApp authenticator, RateLimitedForms rateLimitedForms) {
        this.authenticator = authenticator;
        this.rateLimitedForms = rateLimitedForms;
    }

    @PostMapping(Routes.ACCOUNT_AUTHENTICATOR_START)
    String start(@AuthenticationPrincipal SignedInUser user, HttpSession session, RedirectAttributes redirect) {
        try {
            session.setAttribute(PENDING_SECRET, authenticator.associate(user.tokens().accessToken()).secret());
            return Routes.redirectTo(Routes.ACCOUNT_AUTHENTICATOR);
        } catch (CognitoAuthException failure) {
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning(failure.messageKey()));
            return Routes.redirectTo(Routes.ACCOUNT);
        }
    }

    @GetMapping(Routes.ACCOUNT_AUTHENTICATOR)
    String initCodeForm(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return Routes.redirectTo(Routes.ACCOUNT);
        }
        model.addAttribute(AuthenticatorCodeForm.empty());
        return show(new AuthenticatorKey(secret, user.email()), model);
    }

    @PostMapping(Routes.ACCOUNT_AUTHENTICATOR)
    String processCodeForm(@AuthenticationPrincipal SignedInUser user, @Valid AuthenticatorCodeForm authenticatorCodeForm,
            BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return Routes.redirectTo(Routes.ACCOUNT);
        }
        AuthenticatorKey key = new AuthenticatorKey(secret, user.email());
        if (rateLimitedForms.refused(RateLimitedEndpoint.AUTHENTICATOR_CODE, user.email(), model)
                || result.hasErrors()) {
            return show(key, model);
        }
        try {
            authenticator.turnOn(user.tokens().accessToken(), authenticatorCodeForm.code());
            session.removeAttribute(PENDING_SECRET);
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.authenticatorOn"));
            return Routes.redirectTo(Routes.ACCOUNT);
        } catch (CognitoAuthException failure) {
            switch (failure.failure()) {
                case CODE_MISMATCH -> result.rejectValue("code", "authenticator.code.wrong");
                case CODE_ALREADY_USED, TOO_MANY_ATTEMPTS -> result.rejectValue("code", failure.messageKey());
                default -> result.reject(failure.messageKey());
            }
            return show(key, model);
        }
    }

    @PostMapping(Routes.ACCOUNT_AUTHENTICATOR_OFF)
    String turnOff(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            authenticator.turnOff(user.tokens().accessToken());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.authenticatorOff"));
        } catch (CognitoAuthException failure) {
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning(failure.messageKey()));
        }
        return Routes.redirectTo(Routes.ACCOUNT);
    }

    private static String show(AuthenticatorKey key, Model model) {
        model.addAttribute("key", key);
        return SETUP_VIEW;
    }
}
