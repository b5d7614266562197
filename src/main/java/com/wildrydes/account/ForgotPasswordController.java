package com.wildrydes.account;

import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.FlashKeys;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * GET/POST /forgot-password: Cognito ForgotPassword, then on to /reset-password. Says the same thing whether or not
 * an account exists for the email and whether it is verified, as Cognito's PreventUserExistenceErrors does.
 */
@Controller
class ForgotPasswordController {

    static final String FORGOT_VIEW = "account/forgot-password";
    static final String CODE_SENT_NOTICE = "notice.resetCodeMaybeSent";

    private final CognitoPasswords cognito;
    private final RateLimitedForms rateLimitedForms;

    ForgotPasswordController(CognitoPasswords cognito, RateLimitedForms rateLimitedForms) {
        this.cognito = cognito;
        this.rateLimitedForms = rateLimitedForms;
    }

    @GetMapping(Routes.FORGOT_PASSWORD)
    String initForgotPasswordForm(Model model) {
        model.addAttribute(ForgotPasswordForm.withEmail((String) model.getAttribute(FlashKeys.EMAIL)));
        return FORGOT_VIEW;
    }

    @PostMapping(Routes.FORGOT_PASSWORD)
    String processForgotPasswordForm(@Valid ForgotPasswordForm forgotPasswordForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.FORGOT, forgotPasswordForm.email(), model)) {
            return FORGOT_VIEW;
        }
        if (result.hasErrors()) {
            return FORGOT_VIEW;
        }
        try {
            cognito.forgotPassword(forgotPasswordForm.email());
            return toResetPage(forgotPasswordForm.email(), redirect);
        } catch (CognitoAuthException failure) {
            if (sentNoCode(failure)) {
                return toResetPage(forgotPasswordForm.email(), redirect);
            }
            explain(failure, result);
            return FORGOT_VIEW;
        }
    }

    /**
     * No code for this email (no account, not verified yet, disabled): the page goes on as if one were sent, as
     * Cognito's simulated delivery does, so that it reveals no accounts; the notice says what a real user can do.
     */
    static boolean sentNoCode(CognitoAuthException failure) {
        return switch (failure.failure()) {
            case USER_NOT_FOUND, USER_NOT_CONFIRMED, NOT_AUTHORIZED -> true;
            default -> false;
        };
    }

    /** The same neutral notice for every email: where the code went would reveal that the account exists. */
    static String toResetPage(String email, RedirectAttributes redirect) {
        redirect.addFlashAttribute(FlashKeys.EMAIL, email);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.info(CODE_SENT_NOTICE));
        return Routes.redirectTo(Routes.RESET_PASSWORD);
    }

    private static void explain(CognitoAuthException failure, BindingResult result) {
        switch (failure.failure()) {
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
    }
}
