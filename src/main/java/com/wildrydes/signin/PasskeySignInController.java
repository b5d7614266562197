package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoPasskeySignIn;
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
 * Sign-in with a passkey: POST /signin/passkey/start ("Sign in with a passkey" on the sign-in page) starts USER_AUTH
 * with WEB_AUTHN preferred and keeps the challenge in the session; GET /signin/passkey hands the request options to
 * passkey.js, which asks the browser ({@code navigator.credentials.get}) and posts the answer to POST
 * /signin/passkey. Whatever goes wrong (no passkey, cancelled, another site's passkey, too slow) ends on the sign-in
 * page with the email kept and one message.
 */
@Controller
class PasskeySignInController {

    static final String PASSKEY_VIEW = "signin/passkey";
    static final String NOT_OFFERED = "notice.passkeyNotOffered";
    static final String REFUSED = "notice.passkeyRefused";

    private final CognitoPasskeySignIn passkeys;
    private final SignedInSession signedInSession;
    private final RequestCache requestCache;
    private final Clock clock;
    private final RateLimitedForms rateLimitedForms;

    PasskeySignInController(CognitoPasskeySignIn passkeys, SignedInSession signedInSession, RequestCache requestCache,
            Clock clock, RateLimitedForms rateLimitedForms) {
        this.passkeys = passkeys;
        this.signedInSession = signedInSession;
        this.requestCache = requestCache;
        this.clock = clock;
        this.rateLimitedForms = rateLimitedForms;
    }

    @PostMapping(Routes.SIGN_IN_PASSKEY_START)
    String start(@Valid EmailCodeRequest emailRequest, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        String email = emailRequest.email();
        if (rateLimitedForms.refused(RateLimitedEndpoint.SIGN_IN, email, model)) {
            return SignInController.showForm(SignInForm.withEmail(email), continueTo, model);
        }
        if (result.hasErrors()) {
            return SignInController.showFormWithError(email, "passkey.emailNeeded", continueTo, model);
        }
        try {
            if (passkeys.start(email) instanceof SignInResult.PasskeyRequested requested) {
                request.getSession().setAttribute(PasskeyChallenge.SESSION_ATTRIBUTE, new PasskeyChallenge(email,
                        requested.username(), requested.session(), requested.requestOptions(), clock.instant()));
                return SignInController.toChallengePage(Routes.SIGN_IN_PASSKEY, continueTo, redirect);
            }
            return backToSignIn(email, NOT_OFFERED, redirect); // no passkey: Cognito offers other ways
        } catch (CognitoAuthException failure) {
            if (failure.failure() == CognitoFailureReason.USER_NOT_CONFIRMED) {
                return SignInController.verifyFirst(email, redirect);
            }
            return SignInController.showFormWithError(email, messageKeyFor(failure.failure()), continueTo, model);
        }
    }

    @GetMapping(Routes.SIGN_IN_PASSKEY)
    String initPasskeyPage(@RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo,
            HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(PasskeyChallenge.SESSION_ATTRIBUTE) instanceof PasskeyChallenge challenge)) {
            return backToSignIn(null, NewPasswordController.TOOK_TOO_LONG_NOTICE, redirect);
        }
        model.addAttribute("requestOptions", challenge.requestOptions());
        model.addAttribute("servedFromIpAddress", PasskeyAddress.isIpAddress(request.getServerName()));
        model.addAttribute("continueTo", ReturnPath.sameSite(continueTo).orElse(null));
        return PASSKEY_VIEW;
    }

    @PostMapping(Routes.SIGN_IN_PASSKEY)
    String answer(@Valid PasskeyAnswer passkeyAnswer, BindingResult result,
            @RequestParam(name = SignInController.CONTINUE_PARAM, required = false) String continueTo,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(PasskeyChallenge.SESSION_ATTRIBUTE) instanceof PasskeyChallenge challenge)) {
            return backToSignIn(null, NewPasswordController.TOOK_TOO_LONG_NOTICE, redirect);
        }
        session.removeAttribute(PasskeyChallenge.SESSION_ATTRIBUTE); // one answer per challenge, right or wrong
        if (result.hasErrors()) {
            return backToSignIn(challenge.email(), REFUSED, redirect);
        }
        if (!passkeyAnswer.hasCredential()) {
            return backToSignIn(challenge.email(), passkeyAnswer.failureMessageKey(), redirect);
        }
        try {
            SignInResult outcome = passkeys.answer(challenge.username(), challenge.session(),
                    passkeyAnswer.credential());
            if (outcome instanceof SignInResult.Authenticated authenticated) {
                signedInSession.begin(SignedInUser.of(authenticated), request, response);
                return Routes.redirectTo(ReturnPath.afterSignIn(continueTo, requestCache, request, response));
            }
            return backToSignIn(challenge.email(), CognitoFailureReason.UNAVAILABLE.messageKey(), redirect);
        } catch (CognitoAuthException failure) {
            return backToSignIn(challenge.email(), messageKeyFor(failure.failure()), redirect);
        }
    }

    /** A refused passkey and an expired challenge get their own words; the rest as on the sign-in page. */
    static String messageKeyFor(CognitoFailureReason failure) {
        return switch (failure) {
            case PASSKEY_REFUSED, NOT_AUTHORIZED, INCORRECT_CREDENTIALS -> REFUSED;
            case SESSION_EXPIRED, EXPIRED_CODE -> NewPasswordController.TOOK_TOO_LONG_NOTICE;
            default -> SignInController.messageKeyFor(failure);
        };
    }

    /** The sign-in page with a warning: the shared {@link SignInController#backToSignIn}, keyed by message. */
    private static String backToSignIn(String email, String messageKey, RedirectAttributes redirect) {
        return SignInController.backToSignIn(email, Notice.warning(messageKey), redirect);
    }
}
