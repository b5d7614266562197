package com.wildrydes.account;

import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.signin.PasskeyAddress;
import com.wildrydes.signin.PasskeyAnswer;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and deleting passkeys from the account page. POST /account/passkeys/start asks Cognito for creation options
 * (StartWebAuthnRegistration) and keeps them in the HTTP session; GET /account/passkeys hands them to passkey.js,
 * which asks the browser ({@code navigator.credentials.create}) and posts the new credential to POST
 * /account/passkeys (CompleteWebAuthnRegistration). POST /account/passkeys/delete deletes one. Each ends on /account
 * with a notice.
 */
@Controller
class PasskeyController {

    static final String REGISTER_VIEW = "account/passkey";
    /** The creation options being used: one registration's challenge, kept server-side until the browser answers. */
    static final String PENDING_OPTIONS = PasskeyController.class.getName() + ".OPTIONS";

    private final CognitoPasskeys passkeys;

    PasskeyController(CognitoPasskeys passkeys) {
        this.passkeys = passkeys;
    }

    @PostMapping(Routes.ACCOUNT_PASSKEYS_START)
    String start(@AuthenticationPrincipal SignedInUser user, HttpSession session, RedirectAttributes redirect) {
        try {
            session.setAttribute(PENDING_OPTIONS, passkeys.startRegistration(user.tokens().accessToken()));
            return Routes.redirectTo(Routes.ACCOUNT_PASSKEYS);
        } catch (CognitoAuthException failure) {
            return backToAccount(Notice.warning(messageKeyFor(failure)), redirect);
        }
    }

    @GetMapping(Routes.ACCOUNT_PASSKEYS)
    String initRegistrationPage(HttpSession session, HttpServletRequest request, Model model) {
        if (!(session.getAttribute(PENDING_OPTIONS) instanceof String options)) {
            return Routes.redirectTo(Routes.ACCOUNT);
        }
        model.addAttribute("creationOptions", options);
        model.addAttribute("servedFromIpAddress", PasskeyAddress.isIpAddress(request.getServerName()));
        return REGISTER_VIEW;
    }

    @PostMapping(Routes.ACCOUNT_PASSKEYS)
    String complete(@AuthenticationPrincipal SignedInUser user, @Valid PasskeyAnswer passkeyAnswer,
            BindingResult result, HttpSession session, RedirectAttributes redirect) {
        if (session.getAttribute(PENDING_OPTIONS) == null) {
            return Routes.redirectTo(Routes.ACCOUNT);
        }
        session.removeAttribute(PENDING_OPTIONS); // Cognito's registration challenge is good for one answer
        if (result.hasErrors()) {
            return backToAccount(Notice.warning("error.cognito.passkeyRefused"), redirect);
        }
        if (!passkeyAnswer.hasCredential()) {
            return backToAccount(Notice.warning(passkeyAnswer.failureMessageKey()), redirect);
        }
        try {
            passkeys.completeRegistration(user.tokens().accessToken(), passkeyAnswer.credential());
            return backToAccount(Notice.success("notice.passkeyAdded"), redirect);
        } catch (CognitoAuthException failure) {
            return backToAccount(Notice.warning(messageKeyFor(failure)), redirect);
        }
    }

    @PostMapping(Routes.ACCOUNT_PASSKEYS_DELETE)
    String delete(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String credentialId,
            RedirectAttributes redirect) {
        if (credentialId == null || credentialId.isBlank() || credentialId.length() > PasskeyAnswer.MAX_CREDENTIAL) {
            return Routes.redirectTo(Routes.ACCOUNT);
        }
        try {
            passkeys.delete(user.tokens().accessToken(), credentialId);
            return backToAccount(Notice.success("notice.passkeyDeleted"), redirect);
        } catch (CognitoAuthException failure) {
            return backToAccount(Notice.warning(messageKeyFor(failure)), redirect);
        }
    }

    /** Anything Cognito did not decide about the passkey itself reads as "try again" rather than a code name. */
    private static String messageKeyFor(CognitoAuthException failure) {
        return switch (failure.failure()) {
            case PASSKEY_REFUSED, PASSKEYS_NOT_ENABLED, SESSION_EXPIRED, TOO_MANY_ATTEMPTS, INVALID_PARAMETER,
                    NOT_AUTHORIZED -> failure.messageKey();
            default -> CognitoFailureReason.UNAVAILABLE.messageKey();
        };
    }

    private static String backToAccount(Notice notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.FLASH_NAME, notice);
        return Routes.redirectTo(Routes.ACCOUNT);
    }
}
