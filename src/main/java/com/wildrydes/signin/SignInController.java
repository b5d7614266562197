package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.FlashKeys;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GET/POST /signin: email and password to Cognito, then a signed-in session and back where the user was. */
@Controller
class SignInController {

    static final String SIGN_IN_VIEW = "signin/signin";
    static final String CONTINUE_PARAM = "continue";
    static final String REFUSED = "signin.refused";

    private final CognitoAuthService cognito;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;
    private final Clock clock;
    private final RateLimitedForms rateLimitedForms;

    SignInController(CognitoAuthService cognito, SignedInSession signedInSession,
            RequestCache requestCache, Clock clock, RateLimitedForms rateLimitedForms) {
        this.cognito = cognito;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
        this.clock = clock;
        this.rateLimitedForms = rateLimitedForms;
    }

    @GetMapping(Routes.SIGN_IN)
    String initSignInForm(@RequestParam(name = CONTINUE_PARAM, required = false) String continueTo, Model model) {
        model.addAttribute(SignInForm.withEmail((String) model.getAttribute(FlashKeys.EMAIL)));
        return showForm(continueTo, model);
    }

    @PostMapping(Routes.SIGN_IN)
    String processSignInForm(@Valid SignInForm signInForm, BindingResult result,
            @RequestParam(name = CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (rateLimitedForms.refused(RateLimitedEndpoint.SIGN_IN, signInForm.email(), model)) {
            return showForm(continueTo, model);
        }
        if (result.hasErrors()) {
            return showForm(continueTo, model);
        }
        try {
            SignInResult outcome = cognito.signIn(signInForm.email(), signInForm.password());
            if (outcome instanceof SignInResult.Authenticated authenticated) {
                signedInSession.begin(SignedInUser.of(authenticated), request, response);
                return Routes.redirectTo(ReturnPath.afterSignIn(continueTo, requestCache, request, response));
            }
            String authenticatorPage = AuthenticatorChallenge.keep(outcome, signInForm.email(), request,
                    clock.instant());
            if (authenticatorPage != null) {
                return toChallengePage(authenticatorPage, continueTo, redirect);
            }
            keepChallenge((SignInResult.NewPasswordRequired) outcome, request);
            return toChallengePage(Routes.NEW_PASSWORD, continueTo, redirect);
        } catch (CognitoAuthException failure) {
            if (failure.failure() == CognitoFailureReason.USER_NOT_CONFIRMED) {
                return verifyFirst(signInForm.email(), redirect);
            }
            result.reject(messageKeyFor(failure.failure()));
        }
        return showForm(continueTo, model);
    }

    private static String showForm(String continueTo, Model model) {
        model.addAttribute("continueTo", ReturnPath.sameSite(continueTo).orElse(null));
        return SIGN_IN_VIEW;
    }

    /** The sign-in page for another of its forms ("Email me a code"), with the email typed. */
    static String showForm(SignInForm form, String continueTo, Model model) {
        model.addAttribute(form);
        return showForm(continueTo, model);
    }

    /** As {@link #showForm(SignInForm, String, Model)}, with one message over the form. */
    static String showFormWithError(String email, String messageKey, String continueTo, Model model) {
        SignInForm form = SignInForm.withEmail(email);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "signInForm");
        errors.reject(messageKey);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "signInForm", errors);
        return showForm(form, continueTo, model);
    }

    /**
     * One message for a wrong password, an unknown email and a paused (locked) account, so the page reveals no
     * accounts: only real accounts get locked, so a lockout message of its own would tell them apart. The one
     * message says that sign-in pauses after several wrong tries, for the real user who meets the lock. Throttling
     * (TOO_MANY_ATTEMPTS) is about Cognito, not the account, and keeps its own "try again shortly".
     */
    static String messageKeyFor(CognitoFailureReason failure) {
        return switch (failure) {
            case INCORRECT_CREDENTIALS, USER_NOT_FOUND, LOCKED_OUT -> REFUSED;
            default -> failure.messageKey();
        };
    }

    /** On to the page of a sign-in challenge, keeping the same-site page to return to afterwards. */
    static String toChallengePage(String page, String continueTo, RedirectAttributes redirect) {
        ReturnPath.sameSite(continueTo).ifPresent(path -> redirect.addAttribute(CONTINUE_PARAM, path));
        return Routes.redirectTo(page);
    }

    /** Back to the sign-in page with a notice, the email kept when known: where a stuck challenge ends. */
    static String backToSignIn(String email, Notice notice, RedirectAttributes redirect) {
        if (email != null) {
            redirect.addFlashAttribute(FlashKeys.EMAIL, email);
        }
        redirect.addFlashAttribute(Notice.FLASH_NAME, notice);
        return Routes.redirectTo(Routes.SIGN_IN);
    }

    static String verifyFirst(String email, RedirectAttributes redirect) {
        redirect.addFlashAttribute(FlashKeys.EMAIL, email);
        redirect.addFlashAttribute(FlashKeys.OFFER_RESEND, true);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning(CognitoFailureReason.USER_NOT_CONFIRMED.messageKey()));
        return Routes.redirectTo(Routes.VERIFY);
    }

    private void keepChallenge(SignInResult.NewPasswordRequired challenge, HttpServletRequest request) {
        request.getSession().setAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE,
                new NewPasswordChallenge(challenge.username(), challenge.session(), clock.instant()));
    }
}
