package com.wildrydes.account;

import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoAuthService;
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
 * POST /reset-password/resend (ForgotPassword again, for a code that expired or never came).
 */
@Controller
class PasswordResetController {

    static final String RESET_VIEW = "account/reset-password";

    private final CognitoAuthService cognito;
    private final RateLimitedForms rateLimitedForms;

    PasswordResetController(CognitoAuthService cognito, RateLimitedForms rateLimitedForms) {
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
            if (failure.failure() == CognitoFailureReason.USER_NOT_FOUND) {
                return ForgotPasswordController.toResetPage(passwordResetForm.email(), redirect);
            }
            explain(failure, result, model);
            return RESET_VIEW;
        }
    }

    private static void explain(CognitoAuthException failure, BindingResult result, Model model) {
        switch (failure.failure()) {
            case INVALID_PASSWORD -> PasswordRuleErrors.explain(failure, "password", result, model);
            // an unknown email reads as a wrong code, so this page reveals no accounts either
            case CODE_MISMATCH, USER_NOT_FOUND -> result.rejectValue("code", CognitoFailureReason.CODE_MISMATCH.messageKey());
            case EXPIRED_CODE -> {
                result.rejectValue("code", "error.reset.expiredCode");
                model.addAttribute(FlashKeys.OFFER_RESEND, true);
            }
            case NO_VERIFIED_EMAIL, USER_NOT_CONFIRMED -> {
                result.rejectValue("email", CognitoFailureReason.NO_VERIFIED_EMAIL.messageKey());
                model.addAttribute("verifyFirst", true);
            }
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
    }
}
