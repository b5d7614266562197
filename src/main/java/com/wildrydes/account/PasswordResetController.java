package com.wildrydes.account;

import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.FlashKeys;
import com.wildrydes.system.Notice;
import com.wildrydes.system.PasswordRuleErrors;
import com.wildrydes.system.Routes;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * GET/POST /reset-password (ConfirmForgotPassword with the emailed code and a new password) and
 * POST /reset-password/resend (ForgotPassword again, for a code that expired, was used up or never came). Both say
 * the same for known, unknown, verified and unverified emails.
 */
@Controller
class PasswordResetController {

    static final String RESET_VIEW = "account/reset-password";
    static final String CODE_NOT_RIGHT = "reset.codeNotRight";
    static final String CODE_USED_UP = "reset.codeUsedUp";

    private final CognitoPasswords cognito;
    private final RateLimitedForms rateLimitedForms;

    PasswordResetController(CognitoPasswords cognito, RateLimitedForms rateLimitedForms) {
        this.cognito = cognito;
        this.rateLimitedForms = rateLimitedForms;
    }

    @GetMapping(Routes.RESET_PASSWORD)
    String initPasswordResetForm(Model model) {
        model.addAttribute(PasswordResetForm.withEmail((String) model.getAttribute(FlashKeys.EMAIL)));
        return RESET_VIEW;
    }

    @PostMapping(Routes.RESET_PASSWORD)
    String processPasswordResetForm(@Valid PasswordResetForm passwordResetForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.RESET, passwordResetForm.email(), model)) {
            return RESET_VIEW;
        }
        if (passwordResetForm.passwordsDiffer()) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return RESET_VIEW;
        }
        try {
            cognito.confirmForgotPassword(passwordResetForm.email(), passwordResetForm.code(),
                    passwordResetForm.password());
            redirect.addFlashAttribute(FlashKeys.EMAIL, passwordResetForm.email());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.passwordReset"));
            return Routes.redirectTo(Routes.SIGN_IN);
        } catch (CognitoAuthException failure) {
            explain(failure, result, model);
            return RESET_VIEW;
        }
    }

    @PostMapping(Routes.RESET_PASSWORD_RESEND)
    String processResendForm(
            @Validated(PasswordResetForm.EmailOnly.class) @ModelAttribute PasswordResetForm passwordResetForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.FORGOT, passwordResetForm.email(), model)) {
            return RESET_VIEW;
        }
        if (result.hasErrors()) {
            return RESET_VIEW;
        }
        try {
            cognito.forgotPassword(passwordResetForm.email());
            return ForgotPasswordController.toResetPage(passwordResetForm.email(), redirect);
        } catch (CognitoAuthException failure) {
            if (ForgotPasswordController.sentNoCode(failure)) {
                return ForgotPasswordController.toResetPage(passwordResetForm.email(), redirect);
            }
            explain(failure, result, model);
            return RESET_VIEW;
        }
    }

    /** Every answer that depends on the account (none, unverified, wrong or old code) reads the same. */
    private static void explain(CognitoAuthException failure, BindingResult result, Model model) {
        switch (failure.failure()) {
            case INVALID_PASSWORD -> PasswordRuleErrors.explain(failure, "password", result, model);
            case CODE_MISMATCH, EXPIRED_CODE, USER_NOT_FOUND, USER_NOT_CONFIRMED, NOT_AUTHORIZED -> {
                result.rejectValue("code", CODE_NOT_RIGHT);
                model.addAttribute(FlashKeys.OFFER_RESEND, true);
            }
            case CODE_USED_UP -> {
                result.rejectValue("code", CODE_USED_UP);
                model.addAttribute(FlashKeys.OFFER_RESEND, true);
            }
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
    }
}
