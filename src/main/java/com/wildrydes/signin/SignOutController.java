package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * POST /signout: revokes the user's tokens at Cognito (GlobalSignOut), then ends the session (a POST
 * with a CSRF token, so no link can sign someone out). The session ends even when Cognito cannot be
 * told: staying signed in here would be worse than a refresh token that lives on until it expires.
 */
@Controller
class SignOutController {

    private final CognitoAuthService cognito;
    private final SignedInSession signedInSession;

    SignOutController(CognitoAuthService cognito, SignedInSession signedInSession) {
        this.cognito = cognito;
        this.signedInSession = signedInSession;
    }

    @PostMapping(Routes.SIGN_OUT)
    String processSignOutForm(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (user != null) {
            cognito.signOut(user.tokens()); // never throws; false only means Cognito was not told
        }
        signedInSession.end(request, response);
        redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.info("notice.signedOut"));
        return Routes.redirectTo(Routes.HOME);
    }
}
