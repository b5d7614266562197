package com.wildrydes.admin;

import com.wildrydes.cognito.directory.DirectoryUser;
import com.wildrydes.cognito.directory.UserDirectory;
import com.wildrydes.cognito.directory.UserPage;
import com.wildrydes.cognito.error.CognitoAuthException;
import com.wildrydes.cognito.error.CognitoFailureReason;
import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Notice;
import com.wildrydes.system.PasswordRuleErrors;
import com.wildrydes.system.Routes;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * GET /admin/users: the console's "Users" view, 25 users a page, searchable by email prefix; POST
 * creates a user with a temporary password. Only the {@code admins} group gets here (SecurityConfiguration).
 */
@Controller
class UsersController {

    static final String USERS_VIEW = "admin/users";
    static final String EMAIL_FLASH = "createEmail";

    private final UserDirectory users;

    UsersController(UserDirectory users) {
        this.users = users;
    }

    @GetMapping(Routes.ADMIN_USERS)
    String showUsers(ListPosition listPosition, @AuthenticationPrincipal SignedInUser admin, Model model,
            Locale locale) {
        model.addAttribute(CreateUserForm.withEmail((String) model.getAttribute(EMAIL_FLASH)));
        return showList(listPosition, admin, model, locale);
    }

    @PostMapping(Routes.ADMIN_USERS)
    String processCreateUserForm(@Valid CreateUserForm createUserForm, BindingResult result,
            ListPosition listPosition, @AuthenticationPrincipal SignedInUser admin, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showList(listPosition, admin, model, locale);
        }
        String email = createUserForm.email();
        try {
            users.createUser(email, createUserForm.temporaryPassword());
            redirect.addFlashAttribute(Notice.FLASH_NAME, Notice.success("admin.notice.created", email));
        } catch (CognitoAuthException failure) {
            redirect.addFlashAttribute(EMAIL_FLASH, email);
            failure.brokenRule().ifPresent(rule -> redirect.addFlashAttribute(PasswordRuleErrors.BROKEN_RULE, rule.name()));
            redirect.addFlashAttribute(Notice.FLASH_NAME,
                    Notice.warning(DirectoryFailureMessages.messageKeyFor(failure), email));
        }
        return listPosition.redirect();
    }

    /** The page of users at this position; a failing directory shows its reason above an empty table. */
    private String showList(ListPosition position, SignedInUser admin, Model model, Locale locale) {
        try {
            UserPage page = users.listUsers(position.q(), position.page());
            model.addAttribute("rows", page.users().stream().map(user -> rowOf(user, admin, locale)).toList());
            model.addAttribute("nextPage", page.hasNext() ? position.pathFor(page.nextToken()) : null);
        } catch (CognitoAuthException failure) {
            model.addAttribute("rows", List.of());
            model.addAttribute("listError", DirectoryFailureMessages.messageKeyFor(failure));
        }
        model.addAttribute("firstPage", position.pathFor(null));
        return USERS_VIEW;
    }

    /** One AdminListGroupsForUser per row: the page shows who is an admin without a click per user. */
    private UserRow rowOf(DirectoryUser user, SignedInUser admin, Locale locale) {
        String viewer = admin.identity().username();
        try {
            return UserRow.of(user, users.groupsOf(user.username()), viewer, locale);
        } catch (CognitoAuthException failure) {
            if (failure.failure() != CognitoFailureReason.USER_NOT_FOUND) {
                throw failure;
            }
            return UserRow.of(user, List.of(), viewer, locale); // deleted since the list was read
        }
    }
}
