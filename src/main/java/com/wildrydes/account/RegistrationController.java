package com.wildrydes.account;

import com.wildrydes.cognito.auth.CodeDelivery;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.cognito.error.PasswordRule;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.FlashKeys;
import com.wildrydes.system.Notice;
import com.wildrydes.system.PasswordRuleErrors;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GET/POST /register: Cognito SignUp with the email as username, then on to /verify. */
@Controller
class RegistrationController {

    static final String REGISTER_VIEW = "account/register";

    private final CognitoRegistration cognito;
    private final RateLimitedForms rateLimitedForms;

    RegistrationController(CognitoRegistration cognito, RateLimitedForms rateLimitedForms) {
        this.cognito = cognito;
        this.rateLimitedForms = rateLimitedForms;
    }

    @GetMapping(Routes.REGISTER)
    String initRegistrationForm(Model model) {
        model.addAttribute(RegistrationForm.empty());
        return REGISTER_VIEW;
    }

    @PostMapping(Routes.REGISTER)
    String processRegistrationForm(@Valid RegistrationForm registrationForm, BindingResult result, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.REGISTER, registrationForm.email(), model)) {
            return REGISTER_VIEW;
        }
        if (registrationForm.passwordsDiffer()) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return REGISTER_VIEW;
        }
        try {
            CodeDelivery delivery = cognito.signUp(registrationForm.email(), registrationForm.password());
            if (delivery.signUpSession() != null) { // lets /verify sign the rider in (the client allows USER_AUTH)
                request.getSession().setAttribute(SignUpSession.SESSION_ATTRIBUTE,
                        new SignUpSession(registrationForm.email(), delivery.signUpSession()));
            }
            redirect.addFlashAttribute(FlashKeys.EMAIL, registrationForm.email());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.codeSent", delivery.destination()));
            return Routes.redirectTo(Routes.VERIFY);
        } catch (CognitoAuthException failure) {
            explain(failure, result, model);
            return REGISTER_VIEW;
        }
    }

    private static void explain(CognitoAuthException failure, BindingResult result, Model model) {
        switch (failure.failure()) {
            case INVALID_PASSWORD -> PasswordRuleErrors.explain(failure, "password", result, model);
            case USERNAME_EXISTS -> {
                result.rejectValue("email", failure.messageKey());
                model.addAttribute("usernameExists", true);
            }
            case INVALID_PARAMETER, TOO_MANY_ATTEMPTS -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
    }
}
