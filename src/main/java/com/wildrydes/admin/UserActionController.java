package com.wildrydes.admin;

import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Notice;
import com.wildrydes.system.Routes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * POST /admin/users/{username}/{action}: one {@link UserAction} on one user, in two steps so that it
 * works without JavaScript. Without {@code confirm=true} the page only asks; with it the action is done
 * and the administrator is sent back to the same search and page with a notice of the result.
 */
@Controller
class UserActionController {

    static final String CONFIRM_VIEW = "admin/confirm";

    private final UserDirectory users;

    UserActionController(UserDirectory users) {
        this.users = users;
    }

    @PostMapping(Routes.ADMIN_USER_ACTION)
    String processUserAction(@PathVariable String username, @PathVariable("action") String actionPath,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean confirm,
            ListPosition listPosition, @AuthenticationPrincipal SignedInUser admin, Model model,
            RedirectAttributes redirect) {
        UserAction action = UserAction.fromPath(actionPath)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String label = email.isBlank() ? username : email; // the email is only shown, never acted on
        if (action.locksOutSelf() && username.equals(admin.identity().username())) {
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.warning("admin.error.self", label));
            return listPosition.redirect();
        }
        if (!confirm) {
            model.addAttribute("action", action);
            model.addAttribute("username", username);
            model.addAttribute("email", email);
            model.addAttribute("label", label);
            return CONFIRM_VIEW;
        }
        try {
            action.applyTo(users, username);
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success(action.messageKey() + ".done", label));
        } catch (CognitoAuthException failure) {
            redirect.addFlashAttribute(Notice.FLASH_NAME,
                    Notice.warning(DirectoryFailureMessages.messageKeyFor(failure), label));
        }
        return listPosition.redirect();
    }
}
