package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.Notice;
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
 * Sign-in with an emailed code: POST /signin/email-code/send ("Email me a code" on the sign-in page) starts USER_AUTH
 * with EMAIL_OTP preferred; GET/POST /signin/email-code asks for the code and answers the challenge kept in the
 * session. An unknown email meets the pool's decoy, so the pages read the same for every email.
 */
@Controller
class EmailCodeController {

    static final String EMAIL_CODE_VIEW = "signin/email-code";
    static final String NOT_OFFERED = "notice.emailCodeNotOffered";

    private final CognitoAuthService cognito;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;
    private final Clock clock;
    private final RateLimitedForms rateLimitedForms;

    EmailCodeController(CognitoAuthService cognito, SignedInSession signedInSession, RequestCache requestCache,
            Clock clock, RateLimitedForms rateLimitedForms) {
        this.cognito = cognito;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
        this.clock = clock;
        this.rateLimitedForms = rateLimitedForms;
    }

    @PostMapping(Routes.SIGN_IN_EMAIL_CODE_SEND)
    String processSendForm(@Valid EmailCodeRequest emailCodeRequest, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        String email = emailCodeRequest.email();
        if (rateLimitedForms.refused(RateLimitedEndpoint.EMAIL_CODE, email, model)) {
            return SignInController.showForm(SignInForm.withEmail(email), continueTo, model);
        }
        if (result.hasErrors()) {
            return SignInController.showFormWithError(email, "emailCode.emailNeeded", continueTo, model);
        }
        try {
            SignInResult outcome = cognito.startEmailCodeSignIn(email);
            if (outcome instanceof SignInResult.EmailCodeSent sent) {
                request.getSession().setAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE, new EmailCodeChallenge(email,
                        sent.username(), sent.session(), sent.destination(), clock.instant()));
                return SignInController.toChallengePage(Routes.SIGN_IN_EMAIL_CODE, continueTo, redirect);
            }
            // a choice without EMAIL_OTP
            return SignInController.backToSignIn(email, Notice.warning(NOT_OFFERED), redirect);
        } catch (CognitoAuthException failure) {
            if (failure.failure() == CognitoFailureReason.USER_NOT_CONFIRMED) {
                return SignInController.verifyFirst(email, redirect);
            }
            return SignInController.showFormWithError(email, SignInController.messageKeyFor(failure.failure()),
                    continueTo, model);
        }
    }

    @GetMapping(Routes.SIGN_IN_EMAIL_CODE)
    String initEmailCodeForm(@RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE) instanceof EmailCodeChallenge challenge)) {
            return SignInController.backToSignIn(null, Notice.warning(NewPasswordController.TOOK_TOO_LONG_NOTICE),
                    redirect);
        }
        model.addAttribute(EmailCodeForm.empty());
        return showForm(challenge, continueTo, model);
    }

    @PostMapping(Routes.SIGN_IN_EMAIL_CODE)
    String processEmailCodeForm(@Valid EmailCodeForm emailCodeForm, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE) instanceof EmailCodeChallenge challenge)) {
            return SignInController.backToSignIn(null, Notice.warning(NewPasswordController.TOOK_TOO_LONG_NOTICE),
                    redirect);
        }
        if (rateLimitedForms.refused(RateLimitedEndpoint.EMAIL_CODE, challenge.email(), model)
                || result.hasErrors()) {
            return showForm(challenge, continueTo, model);
        }
        try {
            SignInResult outcome = cognito.answerEmailCode(challenge.username(), challenge.session(),
                    emailCodeForm.code());
            if (outcome instanceof SignInResult.Authenticated authenticated) {
                session.removeAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE);
                signedInSession.begin(SignedInUser.of(authenticated), request, response);
                return Routes.redirectTo(ReturnPath.afterSignIn(continueTo, requestCache, request, response));
            }
            result.reject(CognitoFailureReason.UNAVAILABLE.messageKey()); // a further challenge: no page for it yet
        } catch (CognitoAuthException failure) {
            switch (failure.failure()) {
                case CODE_MISMATCH, EXPIRED_CODE -> result.reject(CognitoFailureReason.CODE_MISMATCH.messageKey());
                case SESSION_EXPIRED, NOT_AUTHORIZED, TOO_MANY_ATTEMPTS, CODE_USED_UP -> {
                    session.removeAttribute(EmailCodeChallenge.SESSION_ATTRIBUTE);
                    String notice = failure.failure() == CognitoFailureReason.SESSION_EXPIRED
                            || failure.failure() == CognitoFailureReason.NOT_AUTHORIZED
                            ? NewPasswordController.TOOK_TOO_LONG_NOTICE : "notice.emailCodeUsedUp";
                    return SignInController.backToSignIn(challenge.email(), Notice.warning(notice), redirect);
                }
                default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
            }
        }
        return showForm(challenge, continueTo, model);
    }

    private static String showForm(EmailCodeChallenge challenge, String continueTo, Model model) {
        model.addAttribute("destination", challenge.destination());
        model.addAttribute("continueTo", ReturnPath.sameSite(continueTo).orElse(null));
        return EMAIL_CODE_VIEW;
    }
}
