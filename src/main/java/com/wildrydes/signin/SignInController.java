package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.system.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GET/POST /signin: email and password to Cognito, then a signed-in session and back where the user was. */
@Controller
class SignInController {

    static final String SIGN_IN_VIEW = "signin/signin";
    static final String EMAIL_FLASH = "email";
    static final String CONTINUE_PARAM = "continue";

    private final CognitoAuthService cognito;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;

    SignInController(CognitoAuthService cognito, SignedInSession signedInSession,
            RequestCache requestCache) {
        this.cognito = cognito;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
    }

    @GetMapping("/signin")
    String initSignInForm(@RequestParam(name = CONTINUE_PARAM, required = false) String continueTo, Model model) {
        model.addAttribute(SignInForm.withEmail((String) model.getAttribute(EMAIL_FLASH)));
        return showForm(continueTo, model);
    }

    @PostMapping("/signin")
    String processSignInForm(@Valid SignInForm signInForm, BindingResult result,
            @RequestParam(name = CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(continueTo, model);
        }
        try {
            SignInResult outcome = cognito.signIn(signInForm.email(), signInForm.password());
            if (outcome instanceof SignInResult.Authenticated authenticated) {
                signedInSession.begin(SignedInUser.of(authenticated), request, response);
                return "redirect:" + ReturnPath.afterSignIn(continueTo, requestCache, request, response);
            }
            keepChallenge((SignInResult.NewPasswordRequired) outcome, request);
            ReturnPath.sameSite(continueTo).ifPresent(path -> redirect.addAttribute(CONTINUE_PARAM, path));
            return "redirect:" + NewPasswordController.NEW_PASSWORD_PATH;
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

    /** One message for a wrong password and an unknown email, so the page reveals no accounts. */
    private static String messageKeyFor(CognitoFailureReason failure) {
        return failure == CognitoFailureReason.USER_NOT_FOUND
                ? CognitoFailureReason.INCORRECT_CREDENTIALS.messageKey() : failure.messageKey();
    }

    private static String verifyFirst(String email, RedirectAttributes redirect) {
        redirect.addFlashAttribute(EMAIL_FLASH, email);
        redirect.addFlashAttribute("offerResend", true);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning(CognitoFailureReason.USER_NOT_CONFIRMED.messageKey()));
        return "redirect:/verify";
    }

    private static void keepChallenge(SignInResult.NewPasswordRequired challenge, HttpServletRequest request) {
        request.getSession().setAttribute(NewPasswordChallenge.SESSION_ATTRIBUTE,
                new NewPasswordChallenge(challenge.username(), challenge.session(), Instant.now()));
    }
}
