package com.wildrydes.account;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.CognitoRegistration;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.FlashKeys;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import com.wildrydes.signin.SignedInSession;
import com.wildrydes.signin.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * GET/POST /verify (ConfirmSignUp with the emailed code) and POST /verify/resend (ResendConfirmationCode). Both say
 * the same for known, unknown, verified and unverified emails, so neither tells who has an account.
 */
@Controller
class VerificationController {

    static final String VERIFY_VIEW = "account/verify";
    static final String CODE_NOT_RIGHT = "verify.codeNotRight";
    static final String CODE_USED_UP = "verify.codeUsedUp";
    static final String CODE_MAYBE_SENT = "notice.verifyCodeMaybeSent";
    /** Model flag: the code took too many wrong tries, so the page offers a new one first. */
    static final String CODE_USED_UP_FLAG = "codeUsedUp";

    private static final Logger log = LoggerFactory.getLogger(VerificationController.class);

    private final CognitoRegistration registration;
    private final CognitoAuthService cognito;
    private final RateLimitedForms rateLimitedForms;
    private final SignedInSession signedInSession;

    VerificationController(CognitoRegistration registration, CognitoAuthService cognito,
            RateLimitedForms rateLimitedForms, SignedInSession signedInSession) {
        this.registration = registration;
        this.cognito = cognito;
        this.rateLimitedForms = rateLimitedForms;
        this.signedInSession = signedInSession;
    }

    @GetMapping(Routes.VERIFY)
    String initVerificationForm(Model model) {
        model.addAttribute(VerificationForm.withEmail((String) model.getAttribute(FlashKeys.EMAIL)));
        return VERIFY_VIEW;
    }

    @PostMapping(Routes.VERIFY)
    String processVerificationForm(@Valid VerificationForm verificationForm, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.VERIFY, verificationForm.email(), model)) {
            return VERIFY_VIEW;
        }
        if (result.hasErrors()) {
            return VERIFY_VIEW;
        }
        try {
            Optional<String> confirmSession = registration.confirmSignUp(verificationForm.email(),
                    verificationForm.code(), signUpSessionFor(verificationForm.email(), request));
            forgetSignUpSession(verificationForm.email(), request); // it served its one confirmation
            if (confirmSession.isPresent() && signedIn(verificationForm.email(), confirmSession.get(), request,
                    response)) {
                return Routes.redirectTo(Routes.RIDE);
            }
            redirect.addFlashAttribute(FlashKeys.EMAIL, verificationForm.email());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.verified"));
            return Routes.redirectTo(Routes.SIGN_IN);
        } catch (CognitoAuthException failure) {
            return explain(failure, result, model);
        }
    }

    /** SignUp's Session when this browser signed up with this email; kept until a code is accepted. */
    private static String signUpSessionFor(String email, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignUpSession.SESSION_ATTRIBUTE) instanceof SignUpSession kept)
                || !kept.belongsTo(email)) {
            return null;
        }
        return kept.session();
    }

    private static void forgetSignUpSession(String email, HttpServletRequest request) {
        if (signUpSessionFor(email, request) != null) {
            request.getSession().removeAttribute(SignUpSession.SESSION_ATTRIBUTE);
        }
    }

    /**
     * InitiateAuth USER_AUTH with ConfirmSignUp's Session, then the same signed-in session sign-in begins. False when
     * Cognito refuses (the session expired, say): the email is verified all the same, so sign-in as before.
     */
    private boolean signedIn(String email, String confirmSession, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            if (cognito.signInAfterSignUp(email, confirmSession) instanceof SignInResult.Authenticated authenticated) {
                signedInSession.begin(SignedInUser.of(authenticated), request, response);
                return true;
            }
        } catch (CognitoAuthException refused) {
            log.info("Sign-in right after verifying was refused ({}); the sign-in page follows", refused.failure());
        }
        return false;
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
            registration.resendConfirmationCode(verificationForm.email());
            return backToVerify(verificationForm.email(), redirect);
        } catch (CognitoAuthException failure) {
            return explainResend(failure, verificationForm, result, model, redirect);
        }
    }

    /** Every answer that depends on the account (none, verified, wrong or old code) reads the same. */
    private static String explain(CognitoAuthException failure, BindingResult result, Model model) {
        switch (failure.failure()) {
            case CODE_MISMATCH, EXPIRED_CODE, USER_NOT_FOUND, ALREADY_CONFIRMED, NOT_AUTHORIZED -> {
                result.rejectValue("code", CODE_NOT_RIGHT);
                model.addAttribute(FlashKeys.OFFER_RESEND, true);
            }
            case CODE_USED_UP -> {
                result.rejectValue("code", CODE_USED_UP);
                model.addAttribute(FlashKeys.OFFER_RESEND, true);
                model.addAttribute(CODE_USED_UP_FLAG, true);
            }
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
        return VERIFY_VIEW;
    }

    /** A resend for an unknown, disabled or verified email "succeeds" too, as Cognito's simulated delivery does. */
    private static String explainResend(CognitoAuthException failure, VerificationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return switch (failure.failure()) {
            case USER_NOT_FOUND, ALREADY_CONFIRMED, NOT_AUTHORIZED -> backToVerify(form.email(), redirect);
            default -> explain(failure, result, model);
        };
    }

    /** Where the code went is left out: Cognito's masked address would tell a real delivery from a simulated one. */
    private static String backToVerify(String email, RedirectAttributes redirect) {
        redirect.addFlashAttribute(FlashKeys.EMAIL, email);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.info(CODE_MAYBE_SENT));
        return Routes.redirectTo(Routes.VERIFY);
    }
}
