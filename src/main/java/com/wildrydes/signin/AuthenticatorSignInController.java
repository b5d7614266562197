package com.wildrydes.signin;

import com.wildrydes.cognito.auth.AuthenticatorSecret;
import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.auth.SignInResult;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.ratelimit.RateLimitedEndpoint;
import com.wildrydes.ratelimit.RateLimitedForms;
import com.wildrydes.system.AuthenticatorKey;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a sign-in with an authenticator app, answering the {@link AuthenticatorChallenge} sign-in
 * kept in the session: GET/POST /signin/authenticator-code (SOFTWARE_TOKEN_MFA) and GET/POST
 * /signin/authenticator-setup (MFA_SETUP: the QR code, then the first code). Then signed in as the sign-in page does.
 * A wrong or already used code keeps the challenge for another try; an expired one sends the rider back to sign in.
 */
@Controller
class AuthenticatorSignInController {

    static final String CODE_VIEW = "signin/authenticator-code";
    static final String SETUP_VIEW = "signin/authenticator-setup";

    private final CognitoAuthenticatorApp authenticator;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;
    private final RateLimitedForms rateLimitedForms;

    AuthenticatorSignInController(CognitoAuthenticatorApp authenticator, SignedInSession signedInSession,
            RequestCache requestCache, RateLimitedForms rateLimitedForms) {
        this.authenticator = authenticator;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
        this.rateLimitedForms = rateLimitedForms;
    }

    @GetMapping(Routes.SIGN_IN_AUTHENTICATOR_CODE)
    String initCodeForm(@RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(challengeIn(session) instanceof AuthenticatorChallenge challenge) || challenge.setup()) {
            return signInAgain(session, redirect);
        }
        model.addAttribute(AuthenticatorCodeForm.empty());
        return show(CODE_VIEW, continueTo, model);
    }

    @PostMapping(Routes.SIGN_IN_AUTHENTICATOR_CODE)
    String processCodeForm(@Valid AuthenticatorCodeForm authenticatorCodeForm, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(challengeIn(session) instanceof AuthenticatorChallenge challenge) || challenge.setup()) {
            return signInAgain(session, redirect);
        }
        if (rateLimitedForms.refused(RateLimitedEndpoint.AUTHENTICATOR_CODE, challenge.username(), model)
                || result.hasErrors()) {
            return show(CODE_VIEW, continueTo, model);
        }
        try {
            SignInResult outcome = authenticator.answerCode(challenge.username(), challenge.session(),
                    authenticatorCodeForm.code());
            return signedIn(outcome, continueTo, request, response, redirect);
        } catch (CognitoAuthException failure) {
            return refused(failure, CODE_VIEW, continueTo, result, model, session, redirect);
        }
    }

    @GetMapping(Routes.SIGN_IN_AUTHENTICATOR_SETUP)
    String initSetupForm(@RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(challengeIn(session) instanceof AuthenticatorChallenge challenge) || !challenge.setup()) {
            return signInAgain(session, redirect);
        }
        if (challenge.secret() == null) {
            try {
                AuthenticatorSecret secret = authenticator.associateAtSignIn(challenge.session());
                challenge = challenge.withSecret(secret.secret(), secret.session());
                session.setAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE, challenge);
            } catch (CognitoAuthException failure) {
                return signInAgain(session, redirect);
            }
        }
        model.addAttribute(AuthenticatorCodeForm.empty());
        return showSetup(challenge, continueTo, model);
    }

    @PostMapping(Routes.SIGN_IN_AUTHENTICATOR_SETUP)
    String processSetupForm(@Valid AuthenticatorCodeForm authenticatorCodeForm, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(challengeIn(session) instanceof AuthenticatorChallenge challenge) || challenge.secret() == null) {
            return signInAgain(session, redirect);
        }
        if (rateLimitedForms.refused(RateLimitedEndpoint.AUTHENTICATOR_CODE, challenge.username(), model)
                || result.hasErrors()) {
            return showSetup(challenge, continueTo, model);
        }
        try {
            SignInResult outcome = authenticator.finishSetupAtSignIn(challenge.username(), challenge.session(),
                    authenticatorCodeForm.code());
            return signedIn(outcome, continueTo, request, response, redirect);
        } catch (CognitoAuthException failure) {
            showSetup(challenge, continueTo, model);
            return refused(failure, SETUP_VIEW, continueTo, result, model, session, redirect);
        }
    }

    private String signedIn(SignInResult outcome, String continueTo, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(outcome instanceof SignInResult.Authenticated authenticated)) { // no further challenge is expected
            return signInAgain(session, redirect);
        }
        session.removeAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE);
        signedInSession.begin(SignedInUser.of(authenticated), request, response);
        return Routes.redirectTo(ReturnPath.afterSignIn(continueTo, requestCache, request, response));
    }

    /** A wrong or used code: try again here. An expired challenge: sign in again. Anything else: say so here. */
    private static String refused(CognitoAuthException failure, String view, String continueTo, BindingResult result,
            Model model, HttpSession session, RedirectAttributes redirect) {
        switch (failure.failure()) {
            case SESSION_EXPIRED, NOT_AUTHORIZED, INCORRECT_CREDENTIALS -> {
                return signInAgain(session, redirect);
            }
            case CODE_MISMATCH -> result.rejectValue("code", "authenticator.code.wrong");
            case CODE_ALREADY_USED, TOO_MANY_ATTEMPTS -> result.rejectValue("code", failure.messageKey());
            default -> result.reject(failure.messageKey());
        }
        return show(view, continueTo, model);
    }

    /** The kept challenge, if any (matched with instanceof by the callers). */
    private static Object challengeIn(HttpSession session) {
        return session.getAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE);
    }

    private static String showSetup(AuthenticatorChallenge challenge, String continueTo, Model model) {
        model.addAttribute("key", new AuthenticatorKey(challenge.secret(), challenge.email()));
        return show(SETUP_VIEW, continueTo, model);
    }

    private static String show(String view, String continueTo, Model model) {
        model.addAttribute("continueTo", ReturnPath.sameSite(continueTo).orElse(null));
        return view;
    }

    private static String signInAgain(HttpSession session, RedirectAttributes redirect) {
        session.removeAttribute(AuthenticatorChallenge.SESSION_ATTRIBUTE);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning(NewPasswordController.TOOK_TOO_LONG_NOTICE));
        return Routes.redirectTo(Routes.SIGN_IN);
    }
}
