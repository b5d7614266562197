package com.wildrydes.account;

import com.wildrydes.cognito.auth.CognitoPasswords;
import com.wildrydes.cognito.auth.CognitoAuthenticatorApp;
import com.wildrydes.cognito.auth.CognitoPasskeys;
import com.wildrydes.cognito.auth.Passkey;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Notice;
import com.wildrydes.system.PasswordRuleErrors;
import com.wildrydes.system.Routes;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GET/POST /account (signed in): who you are, your email, authenticator app and passkeys, and ChangePassword. */
@Controller
class AccountController {

    static final String ACCOUNT_VIEW = "account/account";

    private final CognitoPasswords cognito;
    private final CognitoAuthenticatorApp authenticator;
    private final CognitoPasskeys passkeys;

    AccountController(CognitoPasswords cognito, CognitoAuthenticatorApp authenticator, CognitoPasskeys passkeys) {
        this.cognito = cognito;
        this.authenticator = authenticator;
        this.passkeys = passkeys;
    }

    @GetMapping(Routes.ACCOUNT)
    String initChangePasswordForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute(ChangePasswordForm.empty());
        return showAccount(user, model);
    }

    @PostMapping(Routes.ACCOUNT)
    String processChangePasswordForm(@AuthenticationPrincipal SignedInUser user,
            @Valid ChangePasswordForm changePasswordForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (changePasswordForm.passwordsDiffer()) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return showAccount(user, model);
        }
        try {
            cognito.changePassword(user.tokens().accessToken(), changePasswordForm.currentPassword(),
                    changePasswordForm.password());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("notice.passwordChanged"));
            return Routes.redirectTo(Routes.ACCOUNT);
        } catch (CognitoAuthException failure) {
            explain(failure, result, model);
            return showAccount(user, model);
        }
    }

    private String showAccount(SignedInUser user, Model model) {
        model.addAttribute("rider", user);
        model.addAttribute("authenticatorOn", authenticatorOn(user));
        model.addAttribute("passkeys", passkeys(user));
        return ACCOUNT_VIEW;
    }

    /** Null when Cognito could not list them: the page then leaves the section out rather than show none. */
    private List<Passkey> passkeys(SignedInUser user) {
        try {
            return passkeys.list(user.tokens().accessToken());
        } catch (CognitoAuthException failure) {
            return null;
        }
    }

    /** Null when Cognito could not tell: the page then offers neither button rather than the wrong one. */
    private Boolean authenticatorOn(SignedInUser user) {
        try {
            return authenticator.isOn(user.tokens().accessToken());
        } catch (CognitoAuthException failure) {
            return null;
        }
    }

    private static void explain(CognitoAuthException failure, BindingResult result, Model model) {
        switch (failure.failure()) {
            case WRONG_CURRENT_PASSWORD -> result.rejectValue("currentPassword", failure.messageKey());
            case INVALID_PASSWORD -> PasswordRuleErrors.explain(failure, "password", result, model);
            case TOO_MANY_ATTEMPTS, INVALID_PARAMETER, NOT_AUTHORIZED -> result.reject(failure.messageKey());
            default -> result.reject(CognitoFailureReason.UNAVAILABLE.messageKey());
        }
    }
}
