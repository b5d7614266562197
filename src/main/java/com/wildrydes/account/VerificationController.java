package com.wildrydes.account;

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoAuthService;
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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GET/POST /verify (ConfirmSignUp with the emailed code) and POST /verify/resend (ResendConfirmationCode). */
@Controller
class VerificationController {

    static final String VERIFY_VIEW = "account/verify";

    private final CognitoAuthService cognito;
    private final RateLimitedForms rateLimitedForms;

    VerificationController(CognitoAuthService cognito, RateLimitedForms rateLimitedForms) {
        this.cognito = cognito;
        this.rateLimitedForms = rateLimitedForms;
    }

    @GetMapping(Routes.VERIFY)
    String initVerificationForm(Model model) {
        model.addAttribute(VerificationForm.withEmail((String) model.getAttribute(FlashKeys.EMAIL)));
        return VERIFY_VIEW;
    }

    @PostMapping(Routes.VERIFY)
    String processVerificationForm(@Valid VerificationForm verificationForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.VERIFY, verificationForm.email(), model)) {
            return VERIFY_VIEW;
        }
        if (result.hasErrors()) {
            return VERIFY_VIEW;
        }
        try {
            cognito.confirmSignUp(verificationForm.email(), verificationForm.code());
            return toSignIn(verificationForm.email(), Notice.success("notice.verified"), redirect);
        } catch (CognitoAuthException failure) {
            return explain(failure, verificationForm, result, model, redirect);
        }
    }

    @PostMapping(Routes.VERIFY_RESEND)
    String processResendForm(@Validated(VerificationForm.EmailOnly.class) @ModelAttribute VerificationForm verificationForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.RESEND, verificationForm.email(), model)) {
            return VERIFY_VIEW;
        }
        if (result.hasErrors()) {
            return VERIFY_VIEW;
        }
        try {
            CodeDelivery delivery = cognito.resendConfirmationCode(verificationForm.email());
            redirect.addFlashAttribute(FlashKeys.EMAIL, verificationForm.email());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.codeResent", delivery.destination()));
            return Routes.redirectTo(Routes.VERIFY);
        } catch (CognitoAuthException failure) {
            return explain(failure, verificationForm, result, model, redirect);
        }
    }

    private static String explain(CognitoAuthException failure, VerificationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        switch (failure.failure()) {
            case ALREADY_CONFIRMED -> {
                return toSignIn(form.email(), Notice.info("notice.alreadyVerified"), redirect);
            }
            case CODE_MISMATCH -> result.rejectValue("code", failure.messageKey());
            case EXPIRED_CODE -> {
                result.rejectValue("code", failure.messageKey());
                model.addAttribute(FlashKeys.OFFER_RESEND, true);
            }
            case USER_NOT_FOUND -> result.rejectValue("email", failure.messageKey());
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
        return VERIFY_VIEW;
    }

    private static String toSignIn(String email, Notice notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute(FlashKeys.EMAIL, email);
        redirect.addFlashAttribute(Notice.FLASH_NAME, notice);
        return Routes.redirectTo(Routes.SIGN_IN);
    }
}
